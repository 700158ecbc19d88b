/**
 * A widget's `for` link to a `<knee-map>` in the same document or shadow root: the region chosen on that
 * map, read live. Shared by `<recovery-tips>` and `<knee-pain-check>`, so both find, follow and warn
 * about the map the same way.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {resetWarning, warnOnce} from './attributes.js';
import {parseOne} from './optional.js';
import {regionIds, type RegionId} from '../content/types.js';
import type {KneeRegionSelectEvent} from '../knee-map/knee-map.events.js';

/** A `<knee-map>`'s region attribute, read without a warning (the map gives its own). */
export const parseRegion = (value: unknown): RegionId | null | undefined => parseOne(value, regionIds);

type Host = ReactiveControllerHost & HTMLElement;

export class MapLink implements ReactiveController {
  /** A map is found under the id (it may have no region chosen yet). */
  following = false;
  /** The region chosen on the followed map, or null. */
  region: RegionId | null = null;

  readonly #host: Host;
  /** The id in the host's `for`. */
  readonly #forId: () => string;
  /** What the host does with the map, for the warning ("the tips follow"). */
  readonly #does: string;
  /**
   * Called when a map is found, when its region changes, and when the reader picks on it (`picked`: a
   * pick, even of the region it had).
   */
  readonly #changed: (picked: boolean) => void;

  #map: Element | null = null;
  #rootObserver: MutationObserver | null = null;
  #mapObserver: MutationObserver | null = null;
  /** A look for the missing map is due (one at a time: the observer calls #findMap on every change). */
  #forCheck = false;
  /** The `for` id a map has been found under: one the page removes later (a route change) is no typo. */
  #foundFor = '';
  /** The map last followed: found again (the host or the map moved in the page), it is no news. */
  #last: Element | null = null;

  /** The event says the spot before the map writes it to its attribute (on its next update). */
  readonly #onMapSelect = (event: Event): void => {
    this.#setRegion(parseRegion((event as Partial<KneeRegionSelectEvent>).detail?.region) ?? null);
    this.#changed(true);
  };

  constructor(host: Host, forId: () => string, does: string, changed: (picked: boolean) => void) {
    this.#host = host;
    this.#forId = () => String(forId() ?? '').trim();
    this.#does = does;
    this.#changed = changed;
    host.addController(this);
  }

  /** The host has a `for` id (a map found under it or not): the map's spot, not `region`, is what it goes by. */
  get linked(): boolean {
    return !!this.#forId();
  }

  hostConnected(): void {
    this.follow();
  }

  /** Stops observing; what is shown stays as it is. */
  hostDisconnected(): void {
    this.#unfollow();
  }

  /** Looks for the map again (on connect, or when `for` changes). */
  follow(): void {
    this.#unfollow();
    if (!this.#forId() || !this.#host.isConnected) {
      this.#set(false);
      return;
    }
    // The map may be added later, or get its id later: watch this tree for both.
    this.#rootObserver = new MutationObserver(() => this.#findMap());
    this.#rootObserver.observe(this.#host.getRootNode(), {childList: true, subtree: true, attributes: true, attributeFilter: ['id']});
    this.#findMap();
  }

  #unfollow(): void {
    this.#rootObserver?.disconnect();
    this.#rootObserver = null;
    this.#unfollowMap();
  }

  #set(following: boolean): void {
    if (following === this.following) return;
    this.following = following;
    this.#host.requestUpdate();
  }

  #findMap(): void {
    const host = this.#host;
    const tag = host.localName;
    const id = this.#forId();
    const root = host.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
    const found = id && root.getElementById ? root.getElementById(id) : null;
    let map: Element | null = null;
    if (found?.localName === 'knee-map') {
      map = found;
      this.#foundFor = id;
      resetWarning(host, 'for');
    } else if (found) {
      warnOnce(host, 'for', `<${tag}> for="${id.slice(0, 60)}" is a <${found.localName}>, not a <knee-map>; not following it.`);
    } else if (!this.#forCheck) {
      // A typo in the id was silent: nothing said why the map was not followed. Said once the page has
      // been parsed and a task has passed, so that a map a script or a framework adds just after the
      // widget (a supported order) is not taken for a typo.
      this.#forCheck = true;
      setTimeout(() => {
        this.#forCheck = false;
        const now = this.#forId();
        if (now && now !== this.#foundFor && host.isConnected && !this.#map && document.readyState !== 'loading' && !root.getElementById?.(now)) {
          warnOnce(host, 'for', `<${tag}> for="${now.slice(0, 60)}": no element in this document or shadow root has that id yet; ${this.#does} a <knee-map> given it later.`);
        }
      });
    }
    if (map === this.#map) {
      this.#set(map !== null);
      return;
    }
    this.#unfollowMap();
    this.#map = map;
    if (map) {
      // The region attribute exists before the map upgrades, and the map reflects it afterwards.
      this.#mapObserver = new MutationObserver(() => this.#readMap() && this.#changed(false));
      this.#mapObserver.observe(map, {attributes: true, attributeFilter: ['region']});
      map.addEventListener('knee-region-select', this.#onMapSelect);
      if (this.#readMap() || map !== this.#last) this.#changed(false);
      this.#last = map;
    }
    this.#set(map !== null);
  }

  #unfollowMap(): void {
    this.#mapObserver?.disconnect();
    this.#mapObserver = null;
    this.#map?.removeEventListener('knee-region-select', this.#onMapSelect);
    this.#map = null;
  }

  /** Reads the map's region; true when it changed. */
  #readMap(): boolean {
    return this.#setRegion(parseRegion(this.#map?.getAttribute('region')) ?? null);
  }

  #setRegion(region: RegionId | null): boolean {
    if (region === this.region) return false;
    this.region = region;
    this.#host.requestUpdate();
    return true;
  }
}
