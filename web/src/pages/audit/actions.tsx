// Audit action codes by name: the readable name with the code in small print under it, since
// officers read the name but filter, export and search by the code.
import { Text } from '@mantine/core';
import { type I18n, isKey, useI18n } from '../../i18n/index.tsx';
import { svAudit } from '../../i18n/sv-audit.ts';

const PREFIX = 'audit.action.';

/** Every action code the server writes (each has a name), for the filter's suggestions. */
export const AUDIT_ACTIONS = Object.keys(svAudit)
  .filter((k) => k.startsWith(PREFIX))
  .map((k) => k.slice(PREFIX.length));

/** The name of an action code; undefined for a code without one (e.g. from a newer server). */
export function actionName(code: string, t: I18n['t']): string | undefined {
  const key = `${PREFIX}${code}`;
  return isKey(key) ? t(key) : undefined;
}

export function ActionName({ code }: { code: string }) {
  const { t } = useI18n();
  const name = actionName(code, t);
  return (
    <div>
      {name && (
        <Text size="sm" component="div">
          {name}
        </Text>
      )}
      <Text size={name ? 'xs' : 'sm'} c={name ? 'dimmed' : undefined} ff="monospace" component="div">
        {code}
      </Text>
    </div>
  );
}
