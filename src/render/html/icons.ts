/**
 * The few DKFDS icons Protokol shows, drawn inline: their paths copied from DKFDS's sprite
 * (dkfds/dist/img/all-svg-icons.svg, Material Symbols, Apache 2.0), so that a page never fetches
 * the 54 KB sprite for a chevron. A name not listed here falls back to the sprite.
 */
export const ICON_PATHS: Readonly<Record<string, string>> = {
  'chevron-left': 'M560-240 320-480l240-240 56 56-184 184 184 184-56 56Z',
  'chevron-right': 'M504-480 320-664l56-56 240 240-240 240-56-56 184-184Z',
  warning:
    'm40-120 440-760 440 760H40Zm138-80h604L480-720 178-200Zm302-40q17 0 28.5-11.5T520-280q0-17-11.5-28.5T480-320q-17 0-28.5 11.5T440-280q0 17 11.5 28.5T480-240Zm-40-120h80v-200h-80v200Zm40-100Z',
};

/** The viewBox every one of them is drawn in. */
export const ICON_VIEW_BOX = '0 -960 960 960';
