import type { TextMark } from "./layout";

/** The charts' one text mark; with a halo, it stays legible where it crosses a grid line. */
export function SvgText({
  mark,
  fill = "#0b0c0c",
  halo = false,
  className,
}: {
  mark: TextMark;
  fill?: string;
  halo?: boolean;
  className?: string;
}) {
  return (
    <text
      {...(halo ? { stroke: "#fff", strokeWidth: 4, strokeLinejoin: "round" as const, paintOrder: "stroke" } : {})}
      x={mark.x}
      y={mark.y}
      textAnchor={mark.anchor}
      fontSize={mark.fontSize}
      fontWeight={mark.bold ? 700 : 400}
      className={className}
      fill={fill}
    >
      {mark.text}
    </text>
  );
}
