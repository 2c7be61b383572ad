/** Kebab-case ids (items, lessons, disorders, glossary terms, references, figures): one pattern for all. */
export const kebabIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
