/**
 * A QR code for a join link, made on the server (issue 18): the `qrcode`
 * package (a well-kept encoder, ISO/IEC 18004) encodes it; this turns its
 * modules into one SVG path that QrCode (app/components/qr-code.tsx) draws,
 * so no script, image file or client-side library is needed.
 */
import QRCode from "qrcode";

export interface QrPicture {
  /** Modules along one side, without the quiet zone. */
  size: number;
  /** The drawing's side, quiet zone included (the SVG's viewBox). */
  side: number;
  /** One path of unit squares, one per dark module, offset by the quiet zone of 4 modules. */
  path: string;
}

export const QUIET_ZONE = 4;

export function qrPicture(text: string): QrPicture {
  // M: 15% of the code can be lost (a glare on a projector screen) and still be read.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let path = "";
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (modules.get(x, y)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size, side: size + 2 * QUIET_ZONE, path };
}
