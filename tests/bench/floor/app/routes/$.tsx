/**
 * Every page of the floor: a fixed block of HTML, sized by `?bytes=` so it
 * matches the app page it stands in for. No loader. The action stands in for
 * an autosave: it reads the form and answers a fixed object of the same size.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { useLocation } from "@remix-run/react";
import { fillerParagraphs, fillerWords, requestedBytes } from "../padding";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const bytes = requestedBytes(new URL(request.url).search);
  return {
    autosave: { status: "saved", fields: [...form.keys()].length, filler: fillerWords(bytes / 6).slice(0, bytes) },
  };
}

export default function FloorPage() {
  const paragraphs = fillerParagraphs(requestedBytes(useLocation().search));
  return (
    <main>
      <h1>Floor</h1>
      {paragraphs.map((text, i) => (
        <p key={i} className="floor-text">
          {text}
        </p>
      ))}
    </main>
  );
}
