/**
 * Palette icons: the catalogue names an `@element-plus/icons-vue` icon per type. Only the icons the
 * catalogue uses are bundled (the whole set would triple the icon code); a type naming another icon
 * shows `Box` until it is added here — `tests/decoration/catalogue.spec.ts` fails in that case.
 */
import {
  Aim,
  AlarmClock,
  Bell,
  Box,
  Document,
  Goods,
  Grid,
  Location,
  Medal,
  Memo,
  Menu,
  Minus,
  Picture,
  Promotion,
  Search,
  Shop,
  Sort,
  Ticket,
  Trophy,
  UserFilled,
  VideoPlay,
} from "@element-plus/icons-vue";
import type { Component } from "vue";

export const COMPONENT_ICONS: Record<string, Component> = {
  Aim,
  AlarmClock,
  Bell,
  Document,
  Goods,
  Grid,
  Location,
  Medal,
  Memo,
  Menu,
  Minus,
  Picture,
  Promotion,
  Search,
  Shop,
  Sort,
  Ticket,
  Trophy,
  UserFilled,
  VideoPlay,
};

export function componentIcon(name: string | undefined): Component {
  return (name && COMPONENT_ICONS[name]) || Box;
}
