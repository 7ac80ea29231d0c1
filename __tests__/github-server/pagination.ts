// GitHub's page-number pagination: `per_page` (default 30, capped at 100) and `page`, with an RFC 5988
// `Link` header listing prev, next, last and first in that order, omitted when everything fits on
// one page. GitHub writes the links against `/repositories/{id}/...`, not the path the client used.

export interface PageOptions {
  /** Absolute URL the links are built on (GitHub's `/repositories/{id}/...` form). */
  linkBase: URL;
  query: URLSearchParams;
  /** Endpoints like pulls/files stop at a fixed number of items (3000), whatever the pages say. */
  maxItems?: number;
}

export interface Page<T> {
  items: T[];
  link?: string;
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export function paginate<T>(all: T[], { linkBase, query, maxItems }: PageOptions): Page<T> {
  const items = maxItems === undefined ? all : all.slice(0, maxItems);
  const perPage = Math.min(positiveInt(query.get('per_page')) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
  const page = positiveInt(query.get('page')) ?? 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);

  const href = (target: number): string => {
    const url = new URL(linkBase);
    url.search = new URLSearchParams(query).toString();
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${href(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage) links.push(`<${href(page + 1)}>; rel="next"`, `<${href(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${href(1)}>; rel="first"`);
  return links.length > 0 ? { items: slice, link: links.join(', ') } : { items: slice };
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}
