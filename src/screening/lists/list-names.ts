/** Display names of the lists idflow reads, by source; an FtM dataset shows as its own name. */
const LIST_NAMES: Record<string, string> = {
  'ofac-sdn': 'OFAC Specially Designated Nationals (SDN) List',
  un: 'UN Security Council Consolidated List',
  uk: 'UK Sanctions List',
  'us-csl': 'US Consolidated Screening List',
};

export function listDisplayName(source: string): string {
  return LIST_NAMES[source] ?? source;
}
