export const site = {
  name: 'When Flesh Becomes Bone',
  tagline: 'Progressive osseous heteroplasia, taught from one case',
  disclaimer:
    'For education only. This module is not medical advice and must not be used for clinical decisions about a patient.',
  licence: 'Text and figures: CC BY 4.0. Code: MIT.',
};

export const navigation = [
  { href: 'lessons/', label: 'Lessons' },
  { href: 'review/', label: 'Review' },
  { href: 'progress/', label: 'Progress' },
  { href: 'self-assessment/', label: 'Self-assessment' },
  { href: 'glossary/', label: 'Glossary' },
  { href: 'references/', label: 'References' },
  { href: 'about/', label: 'About' },
] as const;
