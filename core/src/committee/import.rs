//! What a committee does with each cell bundle it is given: add it, replace an older bundle
//! of the same cell (saying what changed), see it is already there, or refuse it with the
//! reason. A refused file changes nothing.

use super::entry::CellEntry;
use super::model::{organisation_key, CommitteeProfile};
use crate::level::Level;

/// What became of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A cell the committee did not have; with a note when something deserves a look.
    Added(Option<String>),
    /// A newer bundle of a cell the committee had: what changed, in words.
    Replaced(Vec<String>),
    /// The same bundle as the one kept.
    Duplicate,
    /// Not taken, with the message naming the file, the reason and what to do.
    Refused(String),
}

impl Outcome {
    /// The word the import report starts the line with.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Added(_) => "Đã thêm",
            Outcome::Replaced(_) => "Đã thay bằng gói mới hơn",
            Outcome::Duplicate => "Đã có, bỏ qua",
            Outcome::Refused(_) => "Không nhận",
        }
    }

    /// Whether the entry is to be kept (added or replaced).
    pub fn keeps(&self) -> bool {
        matches!(self, Outcome::Added(_) | Outcome::Replaced(_))
    }

    /// The import report's line for file `name`, holding the bundle of cell `title` with
    /// `members` members; `edited`: its check code did not match its content.
    pub fn line(&self, name: &str, title: &str, members: usize, edited: bool) -> String {
        let text = match self {
            Outcome::Added(note) => format!(
                "Tệp \"{name}\": {} {title} ({members} đảng viên){}.",
                self.label().to_lowercase(),
                note.as_ref().map(|n| format!("; lưu ý: {n}")).unwrap_or_default()
            ),
            Outcome::Replaced(changes) => {
                format!("Tệp \"{name}\": {} của {title}: {}.", self.label().to_lowercase(), changes.join("; "))
            }
            Outcome::Duplicate => format!("Tệp \"{name}\": gói của {title} đã có, bỏ qua."),
            Outcome::Refused(why) => why.clone(),
        };
        let edited_note = if edited && self.keeps() {
            " Lưu ý: mã kiểm tra không khớp, gói đã bị sửa sau khi chi bộ xuất."
        } else {
            ""
        };
        format!("{text}{edited_note}")
    }

    /// The line of a bundle whose write the browser refused.
    pub fn unsaved_line(name: &str, why: &str) -> String {
        format!("Tệp \"{name}\": chưa lưu được. {why}")
    }
}

/// A bundle claiming to be exported after `now` (beyond a day of clock difference) is
/// refused before anything else: such a time would win over every genuine later bundle.
pub fn refuse_future(incoming: &CellEntry, file: &str, now: chrono::DateTime<chrono::FixedOffset>) -> Option<Outcome> {
    (incoming.exported > now + chrono::Duration::hours(crate::decision::CLOCK_SLACK_HOURS)).then(|| {
        Outcome::Refused(format!(
            "Tệp \"{file}\" là gói của {} ghi thời điểm xuất là {}, sau thời điểm hiện tại của máy này, nên không được nhận (một tệp ghi ngày ở tương lai sẽ che mất mọi gói thật gửi sau). Hãy đề nghị chi bộ kiểm tra đồng hồ của máy rồi xuất lại gói.",
            incoming.title(),
            crate::time::display(incoming.exported)
        ))
    })
}

/// Decides what to do with `incoming` (read from the file `file`), given the entry the
/// committee already keeps for the same cell, if any, and the other cells' entries.
pub fn decide<'a>(
    profile: &CommitteeProfile,
    existing: Option<&CellEntry>,
    others: impl IntoIterator<Item = &'a CellEntry>,
    incoming: &CellEntry,
    file: &str,
) -> Outcome {
    let cell = incoming.title();
    if incoming.year != profile.year {
        return Outcome::Refused(format!(
            "Tệp \"{file}\" là gói của {cell} năm {}, còn đảng ủy đang tổng hợp năm {}. Hãy đề nghị chi bộ gửi gói năm {}, hoặc tạo một đảng ủy năm {} ở trang đầu.",
            incoming.year, profile.year, profile.year, incoming.year
        ));
    }
    let ours = organisation_key(&profile.organisation);
    let theirs = organisation_key(&incoming.party_committee);
    if !ours.is_empty() && !theirs.is_empty() && ours != theirs {
        return Outcome::Refused(format!(
            "Tệp \"{file}\" là gói của {cell} thuộc \"{}\", không thuộc \"{}\". Nếu chi bộ ghi nhầm tên đảng bộ, hãy đề nghị chi bộ sửa ở trang Hồ sơ chi bộ rồi xuất lại gói.",
            incoming.party_committee,
            profile.organisation.trim()
        ));
    }
    let Some(existing) = existing else {
        let key = crate::cell::import::name_key(&incoming.name);
        let twin =
            others.into_iter().find(|e| e.cell != incoming.cell && crate::cell::import::name_key(&e.name) == key);
        return Outcome::Added(twin.map(|e| {
            format!(
                "đảng ủy đã có một gói khác cũng mang tên {} (tệp \"{}\"); nếu đó là bản cũ của cùng chi bộ, hãy xoá bản không dùng",
                e.title(),
                e.file
            )
        }));
    };
    if existing.sha256 == incoming.sha256 {
        return Outcome::Duplicate;
    }
    // The genuine file of an export replaces a copy of it changed after export; a changed
    // copy never replaces the genuine file of the same export.
    if existing.edited && !incoming.edited && incoming.exported >= existing.exported {
        return Outcome::Replaced(changes(existing, incoming));
    }
    if incoming.edited && incoming.exported == existing.exported {
        return Outcome::Refused(format!(
            "Tệp \"{file}\" là gói của {cell} xuất lúc {}, cùng lần xuất với gói đã nhập nhưng đã bị sửa sau khi chi bộ xuất (mã kiểm tra không khớp). Gói đã nhập được giữ nguyên.",
            crate::time::display(incoming.exported)
        ));
    }
    if incoming.exported <= existing.exported {
        return Outcome::Refused(format!(
            "Tệp \"{file}\" là gói của {cell} xuất lúc {}, cũ hơn gói đã nhập (xuất lúc {}). Gói đã nhập được giữ nguyên; nếu cần dùng gói này, hãy đề nghị chi bộ xuất lại.",
            crate::time::display(incoming.exported),
            crate::time::display(existing.exported)
        ));
    }
    Outcome::Replaced(changes(existing, incoming))
}

/// At most this many names in one line of the report.
const NAMES_SHOWN: usize = 5;

fn names(list: &[String]) -> String {
    if list.len() <= NAMES_SHOWN {
        list.join(", ")
    } else {
        format!("{} và {} người khác", list[..NAMES_SHOWN].join(", "), list.len() - NAMES_SHOWN)
    }
}

fn level_text(l: Option<Level>) -> &'static str {
    l.map_or("chưa đề xuất", Level::code)
}

/// What changed between two bundles of one cell: members added or removed, levels the cell
/// proposes changed, and the cell's own proposed level.
pub fn changes(old: &CellEntry, new: &CellEntry) -> Vec<String> {
    let name = |n: &str| if n.is_empty() { "(chưa có tên)".to_owned() } else { n.to_owned() };
    let added: Vec<String> =
        new.members.iter().filter(|m| old.member(&m.id).is_none()).map(|m| name(&m.name)).collect();
    let removed: Vec<String> =
        old.members.iter().filter(|m| new.member(&m.id).is_none()).map(|m| name(&m.name)).collect();
    let changed: Vec<String> = new
        .members
        .iter()
        .filter_map(|m| {
            let before = old.member(&m.id)?;
            (before.proposed != m.proposed)
                .then(|| format!("{}: {} → {}", name(&m.name), level_text(before.proposed), level_text(m.proposed)))
        })
        .collect();
    let mut out = Vec::new();
    if !added.is_empty() {
        out.push(format!("thêm {} đảng viên ({})", added.len(), names(&added)));
    }
    if !removed.is_empty() {
        out.push(format!("bớt {} đảng viên ({})", removed.len(), names(&removed)));
    }
    if !changed.is_empty() {
        out.push(format!("đổi mức đề xuất của {} đảng viên ({})", changed.len(), names(&changed)));
    }
    if old.collective_level != new.collective_level {
        out.push(format!(
            "mức chi bộ tự đề xuất: {} → {}",
            level_text(old.collective_level),
            level_text(new.collective_level)
        ));
    }
    if out.is_empty() {
        out.push("không đổi danh sách và mức đề xuất; nội dung khác có thể đã sửa".into());
    }
    out
}
