/** Build-time HTML (rendered markdown) placed into the page. */
interface RichProps {
  html: string;
  as?: 'span' | 'div';
  class?: string;
  id?: string;
}

export function Rich({ html, as: Tag = 'span', ...rest }: RichProps) {
  return <Tag {...rest} dangerouslySetInnerHTML={{ __html: html }} />;
}
