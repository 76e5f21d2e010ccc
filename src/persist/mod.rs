//! One persistence layer under every store of the app (member documents, cell workspaces,
//! and any store to come): keys in [`keys`], the browser's storage in [`local`], the
//! autosave machinery in [`collection`], one [`Hub`] per page for timing, status,
//! quarantine, conflicts and other tabs.
//!
//! A store is a few [`Collection`]s, one per kind of record, each with a [`Codec`] that says
//! how the record is keyed, written and read. The promises (write within 300 ms and at once
//! when the page is hidden, refusals reported with the edit kept on screen, unreadable
//! entries quarantined, entries of a newer app never written over, memory only when storage
//! is refused, and no write landing on a revision this tab has not seen) are kept here
//! once, for every store.

pub mod collection;
pub mod hub;
pub mod idb;
pub mod keys;
pub mod local;
pub mod lock;
pub mod wipe;

pub use collection::{Codec, Collection, Unreadable};
pub use hub::{use_hub, ConflictNote, Hub, Quarantined, SaveStatus};
