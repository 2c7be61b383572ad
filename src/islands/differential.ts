/** The rows of the differential table: the features compared across disorders. */
export const differentialFeatures = [
  { key: 'gene', label: 'Gene and inheritance' },
  { key: 'onset', label: 'Onset' },
  { key: 'clinical', label: 'Clinical picture' },
  { key: 'distribution', label: 'Distribution and spread' },
  { key: 'laboratory', label: 'Laboratory' },
  { key: 'radiology', label: 'Imaging' },
  { key: 'histopathology', label: 'Histopathology' },
  { key: 'mineral', label: 'Bone or calcification' },
  { key: 'mechanism', label: 'Mechanism' },
  { key: 'discriminator', label: 'Key discriminator' },
  { key: 'correction', label: "Where the case letter's table was imprecise" },
] as const;

export type DifferentialFeature = (typeof differentialFeatures)[number]['key'];

/** Feature → disorder id → the cell's HTML (rendered at build time). */
export type DifferentialCells = Record<string, Record<string, string>>;

export interface DisorderColumn {
  id: string;
  name: string;
  shortName: string;
}
