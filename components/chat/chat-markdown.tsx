import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

/**
 * An answer's markdown. Raw HTML is dropped (`skipHtml`), never rendered: text that came from a document or a
 * model is not trusted markup. Links open in a new tab without the opener. Images are never loaded: an image URL
 * chosen by the model (perhaps steered by text a guest wrote) would send whatever it carries to that host the
 * moment the answer shows, so an image shows as its alt text in brackets, with no link.
 */
export function ChatMarkdown({ text }: { text: string }) {
  return (
    <div className="prose-chat space-y-2 break-words text-slate-900 [&_blockquote]:border-brand-300 [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_blockquote]:text-slate-800 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
              {children}
            </a>
          ),
          img: ({ alt }) => (alt ? <span className="text-slate-600">{`[${alt}]`}</span> : null),
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
