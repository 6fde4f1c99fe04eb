// Phrase banks for the labelled corpus. {TYPE:text} marks a ground-truth span. Filler sentences
// avoid every dictionary word on purpose, so that an unlabelled finding is a real false positive.
import type { CategoryType } from '../types.js';

export const FILLER = [
  'Nämnden beslutade att godkänna förslaget.',
  'Ärendet återremitteras till förvaltningen för komplettering.',
  'Budgeten för år 2024 uppgår till 12 345 000 kronor.',
  'Mötet öppnades klockan 13.00 i stora salen.',
  'Detaljplanen för kvarteret Eken ställs ut för granskning.',
  'Beslutet kan överklagas inom tre veckor.',
  'Protokollet justeras den 2024-03-12.',
  'Förvaltningen redovisar uppföljning av verksamhetsplanen.',
  'Investeringen avser ny ventilation i förskolan.',
  'Underlaget skickas vidare till kommunfullmäktige.',
  'Solen sken över torget när arbetet med den nya parken startade.',
  'Journalisten från lokaltidningen ställde frågor om trafiken.',
  'Vägen E45 stängs av under vecka 12 och rum F32 används som lager.',
  'Kostnaden beräknas till 1 250 000 kr exklusive moms.',
  'Samrådet pågår till och med den 15 maj.',
  'Arbetsgruppen träffas varannan vecka under hösten.',
];

export const CATEGORY_PHRASES: Record<CategoryType, string[]> = {
  HEALTH: [
    'Hen är {HEALTH:sjukskriven} på heltid sedan mars.',
    'Enligt {HEALTH:läkarintyg} har hen {HEALTH:diabetes}.',
    'Bedömning: {HEALTH:diagnos} {HEALTH:F32.1} enligt {HEALTH:psykiatrin}.',
    'En {HEALTH:rehabiliteringsplan} upprättades efter {HEALTH:utmattningssyndrom}.',
    'Eleven har {HEALTH:ADHD} och {HEALTH:autism}.',
    'Hon behandlas för {HEALTH:depression}.',
  ],
  SOCIAL_SERVICES: [
    'En {SOCIAL_SERVICES:orosanmälan} inkom den 3 februari.',
    'Familjen beviljas {SOCIAL_SERVICES:ekonomiskt bistånd} för april.',
    'Beslut om {SOCIAL_SERVICES:placering enligt LVU} fattades i går.',
    'Ansökan om {SOCIAL_SERVICES:insats enligt LSS} har kommit in.',
    'Barnet är placerat i {SOCIAL_SERVICES:familjehem} sedan i höstas.',
    'Ärendet gäller {SOCIAL_SERVICES:försörjningsstöd} enligt {SOCIAL_SERVICES:SoL}.',
  ],
  PROTECTED_IDENTITY: [
    'Personen har {PROTECTED_IDENTITY:skyddad identitet}.',
    'Observera {PROTECTED_IDENTITY:sekretessmarkering} i folkbokföringen.',
    'Uppgifterna omfattas av {PROTECTED_IDENTITY:skyddad folkbokföring}.',
  ],
  CRIMINAL_OFFENCE: [
    'En {CRIMINAL_OFFENCE:polisanmälan} har gjorts om händelsen.',
    'Han är {CRIMINAL_OFFENCE:dömd} för {CRIMINAL_OFFENCE:misshandel}.',
    'Vi har tagit del av {CRIMINAL_OFFENCE:utdrag ur belastningsregistret}.',
    'En {CRIMINAL_OFFENCE:förundersökning} pågår.',
  ],
  TRADE_UNION: [
    'Avdrag för {TRADE_UNION:fackavgift} görs varje månad.',
    'Hon är {TRADE_UNION:medlem i facket}.',
    'Han är {TRADE_UNION:fackmedlem} sedan länge.',
  ],
  ETHNICITY: ['Han har {ETHNICITY:samisk} bakgrund.', 'Familjen är av {ETHNICITY:romsk härkomst}.'],
  RELIGION: ['Hon är {RELIGION:muslim} och fastar.', 'Hans {RELIGION:trosuppfattning} ska respekteras.'],
  SEXUAL_ORIENTATION: ['Han är öppet {SEXUAL_ORIENTATION:homosexuell}.', 'Frågor om {SEXUAL_ORIENTATION:sexuell läggning} ställdes inte.'],
  POLITICAL_OPINION: ['Hon är {POLITICAL_OPINION:partimedlem} sedan valet.', 'Hans {POLITICAL_OPINION:politiska åsikter} antecknades.'],
};

export const SURNAMES = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Berg', 'Lindberg', 'Lindqvist', 'Holm', 'Sandberg', 'Ekström', 'Öberg', 'Åkesson'];
export const STREETS = ['Storgatan', 'Kyrkvägen', 'Skolgatan', 'Björkvägen', 'Parkgatan', 'Ringvägen'];
export const TOWNS = ['Stockholm', 'Karlskrona', 'Växjö', 'Umeå', 'Örebro', 'Lund'];
export const DOMAINS = ['kommun.se', 'example.se', 'mail.example.com'];
