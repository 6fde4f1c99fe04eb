// The row heading of a table whose rows are assets (placements, what-if changes): "ref name" as a
// link to the asset, so each row is named by its asset for screen readers (th scope="row").
import { Anchor, Table, type TableThProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function AssetRowHeader({
  asset,
  children,
  ...thProps
}: TableThProps & {
  asset: { id: string; ref: string; name: string };
  /** Small notes under the link (department, "conditions only"). */
  children?: ReactNode;
}) {
  return (
    <Table.Th scope="row" fw={500} {...thProps}>
      <Anchor component={Link} to={`/assets/${asset.id}`}>
        {asset.ref} {asset.name}
      </Anchor>
      {children}
    </Table.Th>
  );
}
