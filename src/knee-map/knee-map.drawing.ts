import {svg, type SVGTemplateResult} from 'lit';
import type {RegionId} from '../content/types.js';

/**
 * The knee illustration: line art on a 240 × 330 canvas (mid-thigh to mid-shin), drawn for a RIGHT
 * knee. Front view: seen from the front, so the outer side is on the viewer's left. Back view: seen
 * from behind, so the outer side is on the viewer's right. A left knee is the mirror image
 * (`mirror()`), which keeps inner and outer on the anatomically correct side.
 *
 * Only geometry lives here; colours come from classes in knee-map.styles.ts.
 */

export const VIEWBOX = {width: 240, height: 330} as const;
export const views = ['front', 'back'] as const;
export type View = (typeof views)[number];
export const sides = ['right', 'left'] as const;
export type Side = (typeof sides)[number];

/** x' = 242 − x: the drawing's centre line is x = 121. */
export const MIRROR = 'matrix(-1 0 0 1 242 0)';

export interface RegionShape {
  /**
   * Hit area and highlight. Generous on purpose (a sore runner on a phone taps imprecisely), but inside the
   * leg's outline: a highlight that spills past the skin looks like a mistake.
   */
  readonly d: string;
  /** Where the "selected" marker sits. */
  readonly cx: number;
  readonly cy: number;
}

/**
 * A view's two edges, the left one drawn down and the right one up: the stroked lines, and the
 * closed skin between them (down, across the bottom, up, across the top), so the fill can't drift
 * from the lines.
 */
function leg(left: string, right: string): SVGTemplateResult {
  return svg`
    <path class="skin" d=${`${left} L${right.slice(1)} Z`} />
    <path class="line" d=${left} />
    <path class="line" d=${right} />`;
}

const front: SVGTemplateResult = svg`
  ${leg(
    'M50 0 C53 45 58 85 61 112 C63 130 57 146 59 162 C60 178 72 190 72 204 C72 220 69 246 71 268 C73 292 79 312 83 330',
    'M159 330 C163 312 169 298 174 280 C181 256 168 220 170 206 C172 192 183 178 184 160 C186 138 185.5 120 186 104 C187 70 189 38 192 0',
  )}
  <g class="detail">
    <path d="M100 0 C100 50 104 95 110 128" />
    <path d="M142 0 C142 50 138 95 132 128" />
    <path d="M150 60 C168 88 182 118 176 146 C171 162 154 162 144 150" />
    <path d="M68 30 C71 80 73 125 75 160 C76 182 80 198 88 212" />
    <path d="M74 172 C80 186 90 194 100 197" />
    <path d="M170 172 C163 186 153 194 143 197" />
    <path class="faint" d="M80 206 C90 208 100 209 106 209" />
    <path class="faint" d="M162 206 C152 208 142 209 136 209" />
    <path d="M111 196 C112 212 113 226 114 240" />
    <path d="M131 196 C130 212 129 226 128 240" />
    <path d="M111 240 C114 248 128 248 131 240" />
    <path d="M121 250 C122 276 120 304 117 330" />
    <path class="faint" d="M160 228 C167 252 166 274 157 298" />
  </g>
  <path class="bone" d="M98 158 C96 134 146 134 144 158 C143 178 132 198 121 199 C110 198 99 178 98 158 Z" />
`;

const back: SVGTemplateResult = svg`
  ${leg(
    'M50 0 C53 45 58 85 61 118 C62 138 60 156 62 172 C63 186 68 196 68 206 C68 222 55 250 66 288 C73 306 79 318 83 330',
    'M159 330 C163 318 169 306 176 288 C187 250 174 222 174 206 C174 196 179 186 180 172 C182 156 181 138 181 118 C184 85 189 45 192 0',
  )}
  <g class="detail">
    <path d="M121 112 C108 130 94 150 88 172 C84 186 80 198 78 212" />
    <path d="M121 112 C134 130 148 150 154 172 C158 186 162 198 164 210" />
    <path d="M146 40 C154 90 164 130 168 160 C170 178 171 192 171 204" />
    <path class="faint" d="M74 40 C76 90 76 140 74 190" />
    <path d="M94 196 C106 202 136 202 148 196" />
    <path d="M86 210 C75 234 73 264 83 292 C89 306 97 316 104 324" />
    <path d="M156 210 C167 234 169 262 161 288 C155 302 147 311 140 318" />
    <path class="faint" d="M121 240 C121 262 121 282 121 300" />
    <path class="faint" d="M86 210 C96 222 110 232 121 238 C132 232 146 222 156 210" />
  </g>
`;

export const anatomy: Readonly<Record<View, SVGTemplateResult>> = {front, back};

/** Hit areas per view, in the right-knee orientation described above. */
export const regionShapes: Readonly<Record<View, Partial<Record<RegionId, RegionShape>>>> = {
  front: {
    outer: {
      d: 'M63 124 C61 140 59 150 61 164 C62 180 73 192 74 206 C74 214 73 222 74 230 C75 240 90 238 90 226 C90 202 89 160 88 140 C87 124 78 117 70 118 C66 119 63 121 63 124 Z',
      cx: 78,
      cy: 170,
    },
    front: {d: 'M121 118 C140 118 151 134 151 156 C151 178 138 198 121 200 C104 198 91 178 91 156 C91 134 102 118 121 118 Z', cx: 121, cy: 158},
    'below-kneecap': {d: 'M108 204 C116 201 126 201 134 204 C137 218 137 236 134 250 C126 254 116 254 108 250 C105 236 105 218 108 204 Z', cx: 121, cy: 228},
    inner: {
      d: 'M183 122 C185 136 185 148 183 162 C181 178 173 192 170 206 C169 214 169 222 168 230 C167 240 152 238 152 226 C152 202 153 160 154 140 C155 124 164 117 172 118 C177 119 182 119 183 122 Z',
      cx: 164,
      cy: 170,
    },
  },
  back: {
    inner: {
      d: 'M63 128 C61 142 61 158 62 172 C63 186 68 196 68 206 C68 216 66 226 66 236 C67 244 86 240 87 230 C88 214 88 196 88 180 C88 150 88 136 85 130 C82 124 72 120 66 122 C64 123 63 125 63 128 Z',
      cx: 78,
      cy: 180,
    },
    back: {d: 'M121 130 C133 148 146 170 151 196 C142 214 131 228 121 236 C111 228 100 214 91 196 C96 170 109 148 121 130 Z', cx: 121, cy: 190},
    outer: {
      d: 'M180 128 C181 142 181 158 180 172 C179 186 174 196 174 206 C174 216 176 226 176 236 C175 244 156 240 155 230 C154 214 154 196 154 180 C154 150 154 136 157 130 C160 124 170 120 176 122 C178 123 180 125 180 128 Z',
      cx: 164,
      cy: 180,
    },
  },
};

/** Regions of a view in visual order, left to right then top to bottom, as the viewer sees them. */
export function regionOrder(view: View, side: Side): RegionId[] {
  const base: RegionId[] = view === 'front' ? ['outer', 'front', 'below-kneecap', 'inner'] : ['inner', 'back', 'outer'];
  if (side === 'right') return base;
  // Mirrored: the side regions swap ends; the middle ones keep their top-to-bottom order.
  return [base.at(-1)!, ...base.slice(1, -1), base[0]!];
}

/** Whether inner is on the viewer's left. */
export function innerOnLeft(view: View, side: Side): boolean {
  return (view === 'front') === (side === 'left');
}

/** The view in which a region can be seen: `back` only from behind, front ones only from the front. */
export function viewFor(region: RegionId, current: View): View {
  if (region === 'back') return 'back';
  if (region === 'front' || region === 'below-kneecap') return 'front';
  return current;
}
