// Reads a Server-Sent Events stream in the tests, as a browser's EventSource would.

/** Parses an SSE byte stream into { event, data } messages. */
export async function* readEvents(body) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message = { event: 'message', data: '' };
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) message.event = line.slice(6).trim();
        else if (line.startsWith('data:')) message.data += line.slice(5).trim();
      }
      if (block.split('\n').some((l) => l.startsWith('data:'))) yield message;
    }
  }
}
