//! Tổng quan: every cell of the committee in one table (members, exempt, submitted, final
//! levels, the cell's own proposed level, votes below the threshold, findings), the totals
//! per level for the whole committee, the cap of each comparison group under both readings,
//! and every finding at the committee's scope. Sorted and filtered on screen.

use std::collections::BTreeMap;

use kiemdiem_core::committee::check::{cell_final, overview, Overview};
use kiemdiem_core::committee::entry::CellEntry;
use kiemdiem_core::committee::model::CellDecision;
use kiemdiem_core::finding::Severity;
use kiemdiem_core::ids::WorkspaceId;
use kiemdiem_core::level::Level;
use kiemdiem_core::score::percent;
use leptos::prelude::*;

use super::frame::{use_committee_id, use_entries, CommitteeFrame};
use crate::committee::store::use_committee_store;
use crate::routes::{CommitteeRoute, Route};

/// The committee's cells, its decisions and the overview computed from them (reactive):
/// one computation for every screen that shows a figure.
#[derive(Clone, Copy)]
pub struct Figures {
    /// The cells, sorted by name; empty while loading.
    pub entries: Memo<Vec<CellEntry>>,
    /// The committee's decisions, by cell.
    pub decisions: Memo<BTreeMap<WorkspaceId, CellDecision>>,
    /// Totals, caps and findings.
    pub overview: Memo<Overview>,
}

/// Provides the app's [`Figures`], once, so that a decision recomputes the overview once
/// whatever the number of panels that show it. Called by the committee's frame.
pub fn provide_figures() {
    provide_context(figures());
}

/// The app's [`Figures`] (computed here when none were provided: a screen mounted alone).
pub fn use_figures() -> Figures {
    use_context::<Figures>().unwrap_or_else(figures)
}

fn figures() -> Figures {
    let store = use_committee_store();
    let id = use_committee_id();
    let loaded = use_entries();
    let entries = Memo::new(move |_| loaded.get().unwrap_or_default());
    let decisions = Memo::new(move |_| store.decisions(&id.get()));
    let overview = Memo::new(move |_| {
        let profile = store.get(&id.get()).map(|c| c.profile);
        entries.with(|e| {
            decisions.with(|d| match &profile {
                Some(p) => overview(p, e, d),
                None => overview(&kiemdiem_core::committee::model::CommitteeProfile::new(0), &[], d),
            })
        })
    });
    Figures { entries, decisions, overview }
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    view! { <CommitteeFrame title="Tổng quan và quyết định"><Loaded/></CommitteeFrame> }
}

/// The screen once the cells are read, or what stands in for it.
#[component]
fn Loaded() -> impl IntoView {
    let loaded = use_entries();
    let id = use_committee_id();
    move || {
        match loaded.get() {
        Err(None) => view! { <p role="status">"Đang đọc các gói chi bộ trên máy này…"</p> }.into_any(),
        Err(Some(why)) => view! { <p class="banner error" role="alert">{why}</p> }.into_any(),
        Ok(list) if list.is_empty() => view! {
            <p>"Đảng ủy chưa có gói nào của chi bộ. "<a href=CommitteeRoute::Import(id.get()).href()>"Nhập gói của chi bộ"</a></p>
        }
        .into_any(),
        Ok(_) => view! { <Totals/><CapsPanel/><Findings/><CellsTable/> }.into_any(),
    }
    }
}

fn share(n: u32, of: u32) -> String {
    percent(n, of)
}

/// The totals per level for the whole committee.
#[component]
fn Totals() -> impl IntoView {
    let f = use_figures();
    let self_and_cell = Memo::new(move |_| {
        f.entries.with(|e| {
            e.iter().fold(([0u32; 4], [0u32; 4]), |(mut s, mut c), entry| {
                for (a, b) in s.iter_mut().zip(entry.summary.self_proposed) {
                    *a += b;
                }
                for (a, b) in c.iter_mut().zip(entry.summary.cell_proposed) {
                    *a += b;
                }
                (s, c)
            })
        })
    });
    move || {
        let o = f.overview.get();
        let t = o.totals;
        let (own, cells) = self_and_cell.get();
        view! {
            <section>
                <h2>"Tổng hợp toàn đảng bộ"</h2>
                <p id="tong-so">{format!(
                    "{} chi bộ, {} đảng viên: {} phải xếp loại, {} không phải kiểm điểm, {} đã nộp bản kiểm điểm, {} chưa được xếp loại.",
                    o.cells.len(), t.members, t.to_classify, t.exempt, t.submitted, t.unclassified
                )}</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Bảng tổng hợp theo mức xếp loại">
                    <table class="totals">
                        <thead><tr>
                            <th scope="col">"Mức xếp loại"</th>
                            <th scope="col">"Đảng viên tự xếp loại"</th>
                            <th scope="col">"Chi bộ đề xuất"</th>
                            <th scope="col">"Đảng ủy quyết định"</th>
                            <th scope="col">"Tỉ lệ (trên số phải xếp loại)"</th>
                            <th scope="col">"Chi bộ (tập thể)"</th>
                        </tr></thead>
                        <tbody>
                            {Level::ALL.into_iter().enumerate().map(|(i, l)| view! {
                                <tr data-level=l.code()>
                                    <th scope="row">{l.label()}</th>
                                    <td class="num">{own[i]}</td>
                                    <td class="num">{cells[i]}</td>
                                    <td class="num final">{t.levels[i]}</td>
                                    <td class="num">{share(t.levels[i], t.to_classify)}</td>
                                    <td class="num">{o.cell_levels[i]}</td>
                                </tr>
                            }).collect_view()}
                            <tr>
                                <th scope="row">"Chưa xếp loại"</th>
                                <td></td><td></td>
                                <td class="num">{t.unclassified}</td>
                                <td class="num">{share(t.unclassified, t.to_classify)}</td>
                                <td class="num">{o.cells_unclassified}</td>
                            </tr>
                        </tbody>
                    </table>
                </div>
            </section>
        }
    }
}

/// The cap of each comparison group, with both readings of the denominator (domain README
/// §6.1): shown on the overview and beside every decision.
#[component]
pub fn CapsPanel() -> impl IntoView {
    let f = use_figures();
    move || {
        let o = f.overview.get();
        view! {
            <section class="caps" aria-labelledby="ti-le">
                <h2 id="ti-le">"Tỉ lệ Hoàn thành xuất sắc nhiệm vụ ở phạm vi đảng bộ"</h2>
                <p class="hint">"Quy định 366-QĐ/TW, Điều 11: số được xếp loại xuất sắc không vượt quá 20\u{a0}% (hoặc 25\u{a0}% khi cấp có thẩm quyền cho phép) số được xếp loại Hoàn thành tốt nhiệm vụ, theo từng nhóm tương đồng. Văn bản chưa nói rõ số \"Hoàn thành tốt\" có tính cả người được xếp xuất sắc hay không, nên ứng dụng tính theo cả hai cách."</p>
                <ul class="cap-list">
                    {o.caps.into_iter().map(|g| {
                        let [one, two] = g.cap.explain();
                        let state = if g.cap.over_both() {
                            "Vượt giới hạn theo cả hai cách tính"
                        } else if g.cap.over_strict() {
                            "Vượt giới hạn theo cách tính 1"
                        } else {
                            "Trong giới hạn"
                        };
                        view! {
                            <li class="cap" class:over=g.cap.over_strict() data-group=g.name>
                                <strong>{g.name}</strong>
                                {format!(": {} người (hoặc chi bộ), {} xuất sắc, {} tốt. ", g.count, g.cap.excellent, g.cap.good)}
                                <span class="cap-state">{state}</span>
                                <br/>{one}<br/>{two}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    }
}

/// Every finding at the committee's scope, worst first, each linked to its cell.
#[component]
fn Findings() -> impl IntoView {
    let f = use_figures();
    let id = use_committee_id();
    move || {
        let o = f.overview.get();
        let c = id.get();
        let names: BTreeMap<WorkspaceId, String> =
            f.entries.with(|e| kiemdiem_core::order::map_of(e.iter().map(|e| (e.cell.clone(), e.title()))));
        let findings = o.findings;
        let serious = findings.iter().filter(|x| x.finding.severity > Severity::Note).count();
        view! {
            <section>
                <h2>{format!("Điều cần xem lại ({serious})")}</h2>
                {findings.is_empty().then(|| view! { <p>"Không có điều gì trái quy định hoặc cần xem lại."</p> })}
                <ul class="findings" id="phat-hien">
                    {findings.into_iter().map(|x| {
                        let link = x.cell.as_ref().map(|cell| view! {
                            " "<a href=CommitteeRoute::Cell(c.clone(), cell.clone()).href()>{format!("Mở {}", names.get(cell).cloned().unwrap_or_default())}</a>
                        });
                        view! {
                            <li class=format!("finding {}", match x.finding.severity { Severity::Error => "error", Severity::Warning => "warning", Severity::Note => "note" })>
                                <strong>{x.finding.severity.label()}": "</strong>{x.finding.message}
                                <span class="citation">{format!(" ({})", x.finding.rule.citation())}</span>
                                {link}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Name,
    Members,
    Unclassified,
    Problems,
}

/// One row per cell.
#[component]
fn CellsTable() -> impl IntoView {
    let f = use_figures();
    let id = use_committee_id();
    let sort = RwSignal::new(Sort::Name);
    let filter = RwSignal::new(String::from("all"));
    let rows = Memo::new(move |_| {
        let o = f.overview.get();
        let decisions = f.decisions.get();
        let problems: BTreeMap<WorkspaceId, usize> =
            o.findings.iter().filter(|x| x.finding.severity > Severity::Note).fold(BTreeMap::new(), |mut m, x| {
                if let Some(c) = &x.cell {
                    *m.entry(c.clone()).or_default() += 1;
                }
                m
            });
        let wanted = filter.get();
        let mut rows: Vec<_> = f.entries.with(|e| {
            e.iter()
                .zip(o.cells.iter().copied())
                .map(|(e, t)| {
                    let decision = decisions.get(&e.cell);
                    let found = problems.get(&e.cell).copied().unwrap_or(0) + (e.errors + e.warnings) as usize;
                    (
                        e.cell.clone(),
                        (e.title(), e.trust().warns(), e.minutes_in_words()),
                        t,
                        e.collective_level,
                        cell_final(e, decision).filter(|_| decision.and_then(|d| d.cell_level).is_some()),
                        found,
                    )
                })
                .filter(|(_, _, t, _, _, found)| match wanted.as_str() {
                    "unclassified" => t.unclassified > 0,
                    "problems" => *found > 0,
                    "votes" => t.votes_below > 0,
                    "changed" => t.changed > 0,
                    _ => true,
                })
                .collect()
        });
        match sort.get() {
            Sort::Name => {}
            Sort::Members => kiemdiem_core::order::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.2.members)),
            Sort::Unclassified => kiemdiem_core::order::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.2.unclassified)),
            Sort::Problems => kiemdiem_core::order::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.5)),
        }
        rows
    });
    view! {
        <section>
            <h2>"Các chi bộ"</h2>
            <div class="table-tools">
                <div class="field">
                    <label for="du-loc">"Lọc"</label>
                    <select id="du-loc" on:change=move |ev| filter.set(event_target_value(&ev))>
                        <option value="all">"Tất cả chi bộ"</option>
                        <option value="unclassified">"Còn đảng viên chưa xếp loại"</option>
                        <option value="problems">"Có điều cần xem lại"</option>
                        <option value="votes">"Có biểu quyết chưa đạt ngưỡng"</option>
                        <option value="changed">"Đảng ủy đã đổi mức đề xuất"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="du-sap-xep">"Sắp xếp"</label>
                    <select id="du-sap-xep" on:change=move |ev| sort.set(match event_target_value(&ev).as_str() {
                        "members" => Sort::Members,
                        "unclassified" => Sort::Unclassified,
                        "problems" => Sort::Problems,
                        _ => Sort::Name,
                    })>
                        <option value="name">"Theo tên chi bộ"</option>
                        <option value="members">"Nhiều đảng viên trước"</option>
                        <option value="unclassified">"Nhiều người chưa xếp loại trước"</option>
                        <option value="problems">"Nhiều điều cần xem lại trước"</option>
                    </select>
                </div>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Bảng các chi bộ">
                <table class="cells" data-rows=move || rows.with(Vec::len).to_string()>
                    <thead><tr>
                        <th scope="col">"Chi bộ"</th>
                        <th scope="col">"Đảng viên"</th>
                        <th scope="col">"Không phải kiểm điểm"</th>
                        <th scope="col">"Đã nộp"</th>
                        {Level::ALL.into_iter().map(|l| view! { <th scope="col"><abbr title=l.label()>{l.code()}</abbr></th> }).collect_view()}
                        <th scope="col">"Chưa xếp loại"</th>
                        <th scope="col">"Chi bộ tự đề xuất (Mẫu 01)"</th>
                        <th scope="col">"Đảng ủy xếp loại chi bộ"</th>
                        <th scope="col">"Biểu quyết chưa đạt ngưỡng"</th>
                        <th scope="col">"Cần xem lại"</th>
                        <th scope="col">"Biên bản hội nghị"</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let c = id.get();
                            rows.get().into_iter().map(|(cell, name, t, own, decided, found)| view! {
                                <tr>
                                    <th scope="row">
                                        <a href=CommitteeRoute::Cell(c.clone(), cell.clone()).href()>{name.0}</a>
                                        {name.1.then(|| view! { <span class="flag-warning">" (cần kiểm tra chữ ký)"</span> })}
                                    </th>
                                    <td class="num">{t.members}</td>
                                    <td class="num">{t.exempt}</td>
                                    <td class="num">{t.submitted}</td>
                                    {t.levels.into_iter().map(|n| view! { <td class="num">{n}</td> }).collect_view()}
                                    <td class="num">{t.unclassified}</td>
                                    <td>{own.map_or("", Level::label)}</td>
                                    <td>{decided.map_or("", Level::label)}</td>
                                    <td class="num">{t.votes_below}</td>
                                    <td class="num">{found}</td>
                                    <td>{name.2}</td>
                                </tr>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
