/** Whether this page was served by `npm run present`, and in which role. */
import { PRESENT_META_NAME, type PresentRole } from '../../contract/index.ts';

/** The role the present server gave this page (its meta tag); undefined when served by anything else. */
export function presentRoleOf(doc: Document): PresentRole | undefined {
  const role = doc.querySelector<HTMLMetaElement>(`meta[name="${PRESENT_META_NAME}"]`)?.content;
  return role === 'deck' || role === 'remote' ? role : undefined;
}
