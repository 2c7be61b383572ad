import type { CollectionEntry } from 'astro:content';

type Reference = CollectionEntry<'references'>['data'];

/** "Shore 2002", "GeneReviews 2017": how a citation reads in the running text. */
export function shortCitation(ref: Reference): string {
  const first = ref.authors[0];
  // A work with no named author is cited by its title, as author-date styles do (the case letter).
  const surname = first && first !== 'et al.' ? first.split(' ')[0] : ref.authors.length === 0 ? ref.title.split(':')[0].trim() : (ref.publisher ?? ref.journal ?? ref.title).split(/[,:(]/)[0].trim();
  return ref.year ? `${surname} ${ref.year}` : surname;
}

/** Links to the canonical records of a reference (DOI, PubMed, Bookshelf, OMIM, URL). */
export function referenceLinks(ref: Reference): { label: string; href: string }[] {
  const links: { label: string; href: string }[] = [];
  if (ref.doi) links.push({ label: `doi:${ref.doi}`, href: `https://doi.org/${ref.doi}` });
  if (ref.pmid) links.push({ label: `PMID ${ref.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/` });
  if (ref.bookshelf) links.push({ label: ref.bookshelf, href: `https://www.ncbi.nlm.nih.gov/books/${ref.bookshelf}/` });
  if (ref.mim) links.push({ label: `OMIM ${ref.mim}`, href: `https://omim.org/entry/${ref.mim}` });
  if (ref.url && !links.some((l) => l.href === ref.url)) links.push({ label: 'record', href: ref.url });
  return links;
}
