// Assignment ids are made on the teacher's device: the SPA fallback renders this page.
export const prerender = false;

export function load({ params }) {
  return { assignmentId: params.assignmentId };
}
