// Renders the parts of the preview that would take too long on the page's
// thread: a post being opened, a long part being edited.
import { createBatchRenderer, type JobReply, type JobRequest } from './job-runners';

const render = createBatchRenderer();

self.addEventListener('message', (event: MessageEvent<JobRequest>) => {
  const { id } = event.data;
  let reply: JobReply;
  try {
    reply = { id, kind: 'rendered', renders: render(event.data) };
  } catch (error) {
    reply = { id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
