/** A QR code drawn from a picture made on the server (app/formats/qr.server.ts): black on white, with its quiet zone. */
export function QrCode(props: { picture: { side: number; path: string }; label: string; className?: string }) {
  const side = props.picture.side;
  return (
    <svg
      className={props.className ?? "qr-code"}
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={props.label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={props.picture.path} fill="#000" />
    </svg>
  );
}
