//! "Xoá mọi dữ liệu trên máy này", for a shared office computer: every record this app
//! keeps in the browser goes (local storage, session storage, IndexedDB), in this tab and
//! in every other tab of the app. The offline copy of the app's own files stays: it holds
//! nothing of the user's.

use super::keys::{self, Key};
use super::{idb, local};

/// What this device keeps, counted for the user before the removal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Inventory {
    /// Members' drafts and cells' Mẫu 01.
    pub documents: usize,
    /// Cells' workspaces.
    pub cells: usize,
    /// Committees' workspaces.
    pub committees: usize,
}

impl Inventory {
    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        *self == Inventory::default()
    }

    /// In words, e.g. "3 bản nháp hoặc báo cáo, 1 hồ sơ chi bộ".
    pub fn in_words(&self) -> String {
        let parts: Vec<String> = [
            (self.documents, "bản nháp hoặc báo cáo"),
            (self.cells, "hồ sơ chi bộ"),
            (self.committees, "hồ sơ đảng ủy"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
        parts.join(", ")
    }
}

/// Counts what local storage holds (a committee's cells and a cell's reviews, kept in
/// IndexedDB, belong to a workspace counted here).
pub fn inventory() -> Inventory {
    let mut found = Inventory::default();
    // Keys only: this is counted again after every save of the page.
    for key in local::keys_under(keys::ROOT) {
        match Key::parse(&key) {
            Some(Key::Doc(_)) => found.documents += 1,
            Some(Key::CellHead(_)) => found.cells += 1,
            Some(Key::Committee(_)) => found.committees += 1,
            _ => {}
        }
    }
    found
}

/// Removes everything, then reloads the page, which says it was done. Other tabs are told
/// first, stop writing and reload; `blocked` is called while one of them still holds the
/// database open. On a refusal, the error says what is left.
pub async fn wipe_everything(blocked: impl FnOnce() + 'static) -> Result<(), String> {
    // The mark must be written before this tab stops writing.
    let _ = local::write(keys::WIPING, &crate::clock::now_ms().to_string());
    local::stop_writing();
    local::remove_under(keys::ROOT);
    let idb = idb::delete_everything(blocked).await;
    // Anything another tab wrote while the database went is removed too.
    local::remove_under(keys::ROOT);
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.set_item(keys::WIPED, "1");
    }
    match idb {
        Ok(()) => {
            reload();
            Ok(())
        }
        Err(e) => Err(format!(
            "Đã xoá dữ liệu lưu trong bộ nhớ cục bộ, nhưng chưa xoá được dữ liệu lớn (các gói và bản kiểm điểm đã nhập): {} Hãy đóng mọi thẻ khác của ứng dụng rồi bấm xoá lần nữa.",
            e.message()
        )),
    }
}

/// Whether the page before this one removed everything: said once, then forgotten.
pub fn just_wiped() -> bool {
    let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else { return false };
    let wiped = s.get_item(keys::WIPED).ok().flatten().is_some();
    let _ = s.remove_item(keys::WIPED);
    wiped
}

/// Reloads the page, so that nothing still in memory is shown or written.
pub fn reload() {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let _ = location.reload();
    }
}
