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

const FRONT_OUTLINE =
  'M50 0 C53 45 58 85 61 112 C63 130 57 146 59 162 C60 178 66 192 72 204 C75 224 69 246 71 268 C73 292 79 312 83 330' +
  ' L159 330 C163 312 169 298 174 280 C181 256 178 228 170 206 C177 192 183 178 184 160 C186 138 187 120 186 104' +
  ' C187 70 189 38 192 0 Z';

const BACK_OUTLINE =
  'M50 0 C53 45 58 85 61 118 C62 138 60 156 62 172 C63 186 66 196 68 206 C58 232 56 262 66 288 C73 306 79 318 83 330' +
  ' L159 330 C163 318 169 306 176 288 C186 262 184 232 174 206 C176 196 179 186 180 172 C182 156 181 138 181 118' +
  ' C184 85 189 45 192 0 Z';

const front: SVGTemplateResult = svg`
  <path class="skin" d=${FRONT_OUTLINE} />
  <path class="line" d="M50 0 C53 45 58 85 61 112 C63 130 57 146 59 162 C60 178 66 192 72 204 C75 224 69 246 71 268 C73 292 79 312 83 330" />
  <path class="line" d="M192 0 C189 38 187 70 186 104 C187 120 186 138 184 160 C183 178 177 192 170 206 C178 228 181 256 174 280 C169 298 163 312 159 330" />
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
  <path class="skin" d=${BACK_OUTLINE} />
  <path class="line" d="M50 0 C53 45 58 85 61 118 C62 138 60 156 62 172 C63 186 66 196 68 206 C58 232 56 262 66 288 C73 306 79 318 83 330" />
  <path class="line" d="M192 0 C189 45 184 85 181 118 C181 138 182 156 180 172 C179 186 176 196 174 206 C184 232 186 262 176 288 C169 306 163 318 159 330" />
  <g class="detail">
    <path class="faint" d="M121 0 C121 40 121 80 121 112" />
    <path d="M121 112 C108 130 94 150 88 172 C84 186 80 198 78 212" />
    <path d="M121 112 C134 130 148 150 154 172 C158 186 162 198 164 210" />
    <path d="M146 40 C154 90 164 130 168 160 C170 178 171 192 171 204" />
    <path class="faint" d="M74 40 C76 90 76 140 74 190" />
    <path d="M94 196 C106 202 136 202 148 196" />
    <path d="M86 210 C74 232 72 262 82 288 C92 306 108 316 119 318" />
    <path d="M156 210 C170 232 172 262 162 288 C152 306 134 316 123 318" />
    <path d="M121 238 C121 268 121 296 121 318" />
    <path class="faint" d="M86 210 C96 222 110 232 121 238 C132 232 146 222 156 210" />
  </g>
`;

export const anatomy: Readonly<Record<View, SVGTemplateResult>> = {front, back};

/** Hit areas per view, in the right-knee orientation described above. */
export const regionShapes: Readonly<Record<View, Partial<Record<RegionId, RegionShape>>>> = {
  front: {
    outer: {
      d: 'M62 118 C64 132 58 146 60 162 C61 178 67 192 73 204 C74 214 74 222 74 230 L90 222 C88 206 88 190 88 172 C88 134 88 126 84 121 C81 118 76 118 70 118 Z',
      cx: 72,
      cy: 170,
    },
    front: {d: 'M121 118 C140 118 151 134 151 156 C151 178 138 198 121 200 C104 198 91 178 91 156 C91 134 102 118 121 118 Z', cx: 121, cy: 158},
    'below-kneecap': {d: 'M104 204 L138 204 L137 252 L105 252 Z', cx: 121, cy: 228},
    inner: {
      d: 'M185 118 C186 132 185 146 183 160 C182 178 176 192 169 206 C169 214 169 222 168 230 L152 222 C154 206 154 190 154 172 C154 134 154 126 158 121 C161 118 166 118 172 118 Z',
      cx: 170,
      cy: 170,
    },
  },
  back: {
    inner: {
      d: 'M62 124 C63 140 61 156 63 172 C64 186 67 196 69 206 C66 216 64 226 64 236 L86 230 C88 218 88 204 88 190 C88 146 88 132 84 127 C81 124 76 124 70 124 Z',
      cx: 72,
      cy: 180,
    },
    back: {d: 'M121 130 C133 148 146 170 151 196 C142 214 131 228 121 236 C111 228 100 214 91 196 C96 170 109 148 121 130 Z', cx: 121, cy: 190},
    outer: {
      d: 'M180 124 C180 140 181 156 179 172 C178 186 175 196 173 206 C176 216 178 226 178 236 L156 230 C154 218 154 204 154 190 C154 146 154 132 158 127 C161 124 166 124 172 124 Z',
      cx: 170,
      cy: 180,
    },
  },
};

/** Regions of a view in visual order, left to right then top to bottom, as the viewer sees them. */
export function regionOrder(view: View, side: Side): RegionId[] {
  const base: RegionId[] = view === 'front' ? ['outer', 'front', 'below-kneecap', 'inner'] : ['inner', 'back', 'outer'];
  if (side === 'right') return base;
  // Mirrored: the side regions swap ends; the middle ones keep their top-to-bottom order.
  return [base[base.length - 1]!, ...base.slice(1, -1), base[0]!];
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
