// Desktop entry (Node extension host). Everything is in the shared activation so desktop and web behave alike.
export { activate, deactivate } from './activate';
