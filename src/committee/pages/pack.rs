//! Bộ tiêu chí chấm điểm, written by the committee: the clerk sets out, form by form, the
//! sub-criteria and their maximum points under the two groups the centre fixes (30 and 70
//! points, QĐ 366 Điều 10), with the settings the committee decides for its cells (cap,
//! vote thresholds, target, six-month date). The page checks the pack as it is typed and
//! exports it as a pack file the cells' secretaries load in their own app.
//!
//! The sub-criteria are the committee's own (HD 43 mục 7.12 gives superior committees the
//! task of making the criteria concrete): the app writes none and presents none as official.
//!
//! Every edit is saved at once into the committee's profile (`profile.pack`); a pack opened
//! from a file is taken with [`CommitteeProfile::use_pack`], so that its cap settings apply.
//!
//! [`CommitteeProfile::use_pack`]: kiemdiem_core::committee::model::CommitteeProfile::use_pack

use std::collections::BTreeMap;

use leptos::prelude::*;

use kiemdiem_core::ids::CommitteeId;
use kiemdiem_core::pack::{cap_groups, sum_line, Criterion, FormCriteria, Group, Pack, PackCap, PackForm as Form};
use kiemdiem_core::score::Points;
use kiemdiem_core::threshold::Threshold;

use super::frame::{use_committee_id, CommitteeFrame};
use crate::committee::actions::{self, PackExport};
use crate::committee::store::{use_committee_store, CommitteeStore};
use crate::components::fields::{CountField, DateField, TextField};
use crate::components::file_drop::FileDrop;
use crate::components::focus::focus_element;
use crate::files::read::read_chosen_file;

/// The element that lists the pack's problems; focused when an export is refused.
const PROBLEMS_ID: &str = "pack-problems";
/// The first field of the form, focused when a new pack is started.
const FIRST_FIELD_ID: &str = "pack-organisation";
/// The button that starts a pack, focused when the pack is given up.
const START_ID: &str = "pack-start";

/// The committee's criteria pack screen: see the module documentation.
#[component]
pub fn PackPage() -> impl IntoView {
    view! { <CommitteeFrame title="Bộ tiêu chí chấm điểm"><PackForm/></CommitteeFrame> }
}

/// The committee's pack (reactive) and how to change it.
#[derive(Clone, Copy)]
struct Editor {
    store: CommitteeStore,
    id: Memo<CommitteeId>,
    pack: Memo<Option<Pack>>,
}

impl Editor {
    fn new() -> Editor {
        let store = use_committee_store();
        let id = use_committee_id();
        let pack = Memo::new(move |_| store.get(&id.get()).and_then(|c| c.profile.pack));
        Editor { store, id, pack }
    }

    /// Reads from the pack (reactive); the default when there is none.
    fn read<T: Default>(self, get: impl FnOnce(&Pack) -> T) -> T {
        self.pack.with(|p| p.as_ref().map(get).unwrap_or_default())
    }

    /// Reads from the pack without subscribing; the default when there is none.
    fn peek<T: Default>(self, get: impl FnOnce(&Pack) -> T) -> T {
        self.pack.with_untracked(|p| p.as_ref().map(get).unwrap_or_default())
    }

    /// Changes the pack, if there is one; the store saves it.
    fn edit(self, change: impl FnOnce(&mut Pack)) {
        if self.pack.with_untracked(Option::is_none) {
            return;
        }
        self.store.update(&self.id.get_untracked(), |c| {
            if let Some(p) = c.profile.pack.as_mut() {
                change(p);
            }
        });
    }

    /// A text of the pack as a field's value and its change.
    fn text(self, get: fn(&Pack) -> String, set: fn(&mut Pack, String)) -> (Signal<String>, Callback<String>) {
        (Signal::derive(move || self.read(get)), Callback::new(move |v: String| self.edit(|p| set(p, v))))
    }
}

/// The group's code in element ids.
fn group_code(group: Group) -> &'static str {
    match group {
        Group::General => "general",
        Group::Results => "results",
    }
}

/// The id of one input of a criterion: `pack-2B-general-3-title` (`n` from 1).
fn row_id(form: Form, group: Group, n: usize, what: &str) -> String {
    format!("pack-{}-{}-{n}-{what}", form.code(), group_code(group))
}

/// The id of an element of a group: `pack-2B-general-add`.
fn group_id(form: Form, group: Group, what: &str) -> String {
    format!("pack-{}-{}-{what}", form.code(), group_code(group))
}

/// Focuses an element by id once the DOM has caught up with the last change.
fn focus_later(id: String) {
    request_animation_frame(move || {
        focus_element(&id);
    });
}

/// The screen: the pack's form when there is one, or how to start one.
#[component]
fn PackForm() -> impl IntoView {
    let ed = Editor::new();
    let has_pack = Memo::new(move |_| ed.pack.with(Option::is_some));
    let notice = RwSignal::new(None::<String>);
    view! {
        <OwnCriteriaNote/>
        <p role="status">{move || notice.get()}</p>
        {move || {
            if has_pack.get() {
                view! { <PackEditor ed=ed notice=notice/> }.into_any()
            } else {
                view! { <StartPack ed=ed notice=notice/> }.into_any()
            }
        }}
    }
}

/// Whose the sub-criteria are.
#[component]
fn OwnCriteriaNote() -> impl IntoView {
    view! {
        <p class="hint">
            "Các tiêu chí cụ thể trong bộ này do cấp ủy của đồng chí đặt ra: Hướng dẫn 43-HD/BTCTW, mục 7.12 giao cấp ủy, tổ chức đảng cấp trên cụ thể hoá nội dung chấm điểm theo khung tiêu chí. Trung ương chỉ quy định hai nhóm tiêu chí, 30 điểm và 70 điểm (Quy định 366-QĐ/TW, Điều 10). Ứng dụng không có và không cung cấp bộ tiêu chí chính thức nào."
        </p>
    }
}

/// No pack yet: start a new one, or open a pack file.
#[component]
fn StartPack(ed: Editor, notice: RwSignal<Option<String>>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let start = move |_| {
        error.set(None);
        notice.set(Some(actions::start_pack(ed.store, &ed.id.get_untracked())));
        focus_later(FIRST_FIELD_ID.to_owned());
    };
    let on_file = move |files: Vec<web_sys::File>| {
        let Some(f) = files.into_iter().next() else { return };
        let name = crate::files::read::name_of(&f);
        // Taken now: the page may be left while the file is read.
        let (store, id) = (ed.store, ed.id.get_untracked());
        leptos::task::spawn_local(async move {
            let opened = match read_chosen_file(f).await.and_then(|b| actions::open_pack(store, &id, &name, &b)) {
                Ok(message) => message,
                Err(why) => return error.set(Some(why)),
            };
            error.set(None);
            notice.set(Some(opened));
            focus_later(FIRST_FIELD_ID.to_owned());
        });
    };
    view! {
        <h2>"Chưa có bộ tiêu chí"</h2>
        <p>"Đồng chí có thể soạn bộ tiêu chí mới ngay trên trang này, hoặc mở một tệp bộ tiêu chí đã có (ví dụ bộ của năm trước) để sửa."</p>
        <div class="banner-actions">
            <button type="button" class="button primary" id=START_ID on:click=start>"Bắt đầu bộ tiêu chí mới"</button>
        </div>
        <div class="field">
            <FileDrop id="pack-file" label="Mở tệp bộ tiêu chí (.json)" error_id="pack-file-error"
                invalid=Signal::derive(move || error.with(Option::is_some)) on_files=on_file/>
            <p class="field-error" id="pack-file-error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// The pack's form, its check and its export.
#[component]
fn PackEditor(ed: Editor, notice: RwSignal<Option<String>>) -> impl IntoView {
    let give_up = move |_| {
        let sure = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(
                    "Bỏ bộ tiêu chí đang soạn? Các tiêu chí đã nhập sẽ bị xoá khỏi hồ sơ đảng ủy trên máy này. Nếu cần giữ, hãy xuất tệp trước.",
                )
                .ok()
            })
            .unwrap_or(false);
        if !sure {
            return;
        }
        ed.store.update(&ed.id.get_untracked(), |c| c.profile.pack = None);
        notice.set(Some("Đã bỏ bộ tiêu chí. Các thiết lập khác của hồ sơ đảng ủy giữ nguyên.".to_owned()));
        focus_later(START_ID.to_owned());
    };
    view! {
        <form class="stack" on:submit=|ev| ev.prevent_default()>
            <ExampleBanner ed=ed/>
            <IssuerFields ed=ed/>
            <FormChoice ed=ed/>
            <FormSections ed=ed/>
            <Settings ed=ed/>
        </form>
        <CheckSection ed=ed/>
        <ExportSection ed=ed/>
        <div class="banner-actions">
            <button type="button" class="button secondary" on:click=give_up>"Bỏ bộ tiêu chí này"</button>
        </div>
    }
}

/// A made-up pack says so, and the committee can take it as its own.
#[component]
fn ExampleBanner(ed: Editor) -> impl IntoView {
    let example = Memo::new(move |_| ed.read(|p| p.example));
    move || {
        example.get().then(|| {
            view! {
                <div class="banner warning">
                    <p>"Đây là bộ tiêu chí ví dụ, không phải văn bản chính thức: tệp xuất ra sẽ vẫn ghi là ví dụ. Khi đồng chí đã sửa thành bộ tiêu chí của cấp ủy mình, hãy bỏ đánh dấu ví dụ."</p>
                    <button type="button" class="button secondary" on:click=move |_| ed.edit(|p| p.example = false)>
                        "Bỏ đánh dấu ví dụ"
                    </button>
                </div>
            }
        })
    }
}

/// Who issued the pack, and the year.
#[component]
fn IssuerFields(ed: Editor) -> impl IntoView {
    let (organisation, set_organisation) = ed.text(|p| p.issuer.organisation.clone(), |p, v| p.issuer.organisation = v);
    let (number, set_number) = ed.text(|p| p.issuer.number.clone(), |p, v| p.issuer.number = v);
    let (date, set_date) = ed.text(|p| p.issuer.date.clone(), |p, v| p.issuer.date = v);
    let year = Signal::derive(move || ed.read(|p| u32::try_from(p.year).ok()));
    let set_year = Callback::new(move |n: Option<u32>| {
        if let Some(n) = n {
            ed.edit(|p| p.year = i32::try_from(n).unwrap_or(i32::MAX));
        }
    });
    let committee_year = Memo::new(move |_| ed.store.get(&ed.id.get()).map(|c| c.profile.year));
    let other_year = move || {
        let (pack, committee) = (ed.read(|p| p.year), committee_year.get()?);
        (pack != committee).then(|| format!("Lưu ý: hồ sơ đảng ủy là năm {committee}, còn bộ tiêu chí ghi năm {pack}."))
    };
    view! {
        <h2>"Văn bản ban hành"</h2>
        <TextField id=FIRST_FIELD_ID label="Cấp ủy ban hành" value=organisation on_change=set_organisation/>
        <TextField id="pack-number" label="Số văn bản, ví dụ 05-HD/ĐU" value=number on_change=set_number/>
        <DateField id="pack-date" label="Ngày ban hành (ngày/tháng/năm)" value=date on_change=set_date
            hint="Ví dụ 10/11/2025."/>
        <CountField id="pack-year" label="Năm kiểm điểm" value=year on_change=set_year/>
        <p class="hint">{other_year}</p>
    }
}

/// Which forms the pack covers. A form unticked keeps its criteria on this page, so that
/// ticking it again brings them back.
#[component]
fn FormChoice(ed: Editor) -> impl IntoView {
    let stash = StoredValue::new(BTreeMap::<Form, FormCriteria>::new());
    let toggle = move |form: Form, on: bool| {
        if on {
            let mut kept = None;
            stash.update_value(|s| kept = s.remove(&form));
            let criteria = kept.unwrap_or_else(FormCriteria::blank);
            ed.edit(|p| {
                p.forms.entry(form).or_insert(criteria);
            });
        } else {
            let mut taken = None;
            ed.edit(|p| taken = p.forms.remove(&form));
            if let Some(c) = taken {
                stash.update_value(|s| {
                    s.insert(form, c);
                });
            }
        }
    };
    view! {
        <fieldset class="field">
            <legend>"Các mẫu có tiêu chí trong bộ này"</legend>
            <p class="hint">"Bỏ chọn một mẫu thì các tiêu chí của mẫu đó không có trong tệp xuất ra; chọn lại khi chưa rời trang này thì các tiêu chí đã nhập được giữ nguyên."</p>
            {Form::ALL
                .into_iter()
                .map(|form| {
                    let id = format!("pack-form-{}", form.code());
                    let label_for = id.clone();
                    view! {
                        <label class="choice" for=label_for>
                            <input
                                type="checkbox"
                                id=id
                                prop:checked=move || ed.read(|p| p.forms.contains_key(&form))
                                on:change=move |ev| toggle(form, event_target_checked(&ev))
                            />
                            {format!("{} ({})", form.label(), form.audience())}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The criteria of every form the pack covers.
#[component]
fn FormSections(ed: Editor) -> impl IntoView {
    let covered = Memo::new(move |_| ed.read(|p| p.forms.keys().copied().collect::<Vec<_>>()));
    view! {
        <For each=move || covered.get() key=|form| form.code() let:form>
            <FormSection ed=ed form=form/>
        </For>
    }
}

/// The two groups of one form.
#[component]
fn FormSection(ed: Editor, form: Form) -> impl IntoView {
    let heading = format!("pack-{}-heading", form.code());
    let labelled_by = heading.clone();
    view! {
        <section class="form-section" aria-labelledby=labelled_by>
            <h2 id=heading>{format!("Tiêu chí {} ({})", form.label(), form.audience())}</h2>
            <GroupRows ed=ed form=form group=Group::General/>
            <GroupRows ed=ed form=form group=Group::Results/>
        </section>
    }
}

/// The criteria of one group of one form: a row each, added and removed with buttons, and
/// what their maxima add up to.
#[component]
fn GroupRows(ed: Editor, form: Form, group: Group) -> impl IntoView {
    let count = Memo::new(move |_| ed.read(|p| p.criteria(form, group).len()));
    let sum = Memo::new(move |_| ed.read(|p| sum_line(p.criteria(form, group), group)));
    let status = RwSignal::new(String::new());
    let removed = RwSignal::new(None::<(usize, Criterion)>);
    let add = move |_| {
        ed.edit(|p| {
            if let Some(list) = p.criteria_mut(form, group) {
                list.push(Criterion::blank());
            }
        });
        let n = count.get_untracked();
        removed.set(None);
        status.set(format!("Đã thêm tiêu chí {n}."));
        focus_later(row_id(form, group, n, "title"));
    };
    let remove = Callback::new(move |i: usize| {
        let mut taken = None;
        ed.edit(|p| {
            if let Some(list) = p.criteria_mut(form, group).filter(|l| i < l.len()) {
                taken = Some(list.remove(i));
            }
        });
        if let Some(c) = taken {
            removed.set(Some((i, c)));
            status.set(format!("Đã xoá tiêu chí {}.", i + 1));
            focus_later(group_id(form, group, "undo"));
        }
    });
    let undo = move |_| {
        let Some((i, c)) = removed.get_untracked() else { return };
        let mut at = i;
        ed.edit(|p| {
            if let Some(list) = p.criteria_mut(form, group) {
                at = i.min(list.len());
                list.insert(at, c);
            }
        });
        removed.set(None);
        status.set(format!("Đã khôi phục tiêu chí {}.", at + 1));
        focus_later(row_id(form, group, at + 1, "title"));
    };
    let heading = group_id(form, group, "heading");
    let labelled_by = heading.clone();
    view! {
        <div class="rows" role="group" aria-labelledby=labelled_by>
            <h3 id=heading>
                {format!("{}. {} ({} điểm)", group.number(), group.label(), group.total())}
            </h3>
            <ol class="row-list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <CriterionRow ed=ed form=form group=group i=i on_remove=remove/>
                </For>
            </ol>
            <p class="score-total">{move || sum.get()}</p>
            <p class="rows-status" aria-live="polite">
                {move || status.get()}
                <Show when=move || removed.with(Option::is_some)>
                    " "
                    <button type="button" class="link" id=group_id(form, group, "undo") on:click=undo>"Hoàn tác"</button>
                </Show>
            </p>
            <button type="button" class="button secondary" id=group_id(form, group, "add") on:click=add>
                "Thêm tiêu chí"
            </button>
        </div>
    }
}

/// One criterion: its title, its maximum and its evidence.
#[component]
fn CriterionRow(ed: Editor, form: Form, group: Group, i: usize, on_remove: Callback<usize>) -> impl IntoView {
    let n = i + 1;
    let field = move |get: fn(&Criterion) -> String, set: fn(&mut Criterion, String)| {
        (
            Signal::derive(move || ed.read(|p| p.criteria(form, group).get(i).map(get).unwrap_or_default())),
            Callback::new(move |v: String| {
                ed.edit(|p| {
                    if let Some(c) = p.criteria_mut(form, group).and_then(|l| l.get_mut(i)) {
                        set(c, v);
                    }
                });
            }),
        )
    };
    let (title, set_title) = field(|c| c.title.clone(), |c, v| c.title = v);
    let (max, set_max) = field(|c| c.max.clone(), |c, v| c.max = v);
    let (evidence, set_evidence) = field(|c| c.evidence.clone(), |c, v| c.evidence = v);
    let what = format!("tiêu chí {n} ({}, {})", form.label(), group.label());
    view! {
        <li class="row-item">
            <fieldset>
                <legend>{format!("Tiêu chí {n}")}</legend>
                <TextField id=row_id(form, group, n, "title") label="Nội dung tiêu chí" value=title
                    on_change=set_title long=true/>
                <MaxField id=row_id(form, group, n, "max") group=group value=max on_change=set_max/>
                <TextField id=row_id(form, group, n, "evidence") label="Minh chứng, cách đánh giá (không bắt buộc)"
                    value=evidence on_change=set_evidence long=true/>
                <div class="row-actions">
                    <button type="button" class="danger" aria-label=format!("Xoá {what}")
                        on:click=move |_| on_remove.run(i)>"Xoá"</button>
                </div>
            </fieldset>
        </li>
    }
}

/// A criterion's maximum points: kept as typed, written back with a comma ("7,5") when
/// the field is left, and a number that is not one says why beside it.
#[component]
fn MaxField(id: String, group: Group, value: Signal<String>, on_change: Callback<String>) -> impl IntoView {
    let error_id = format!("{id}-loi");
    let error = Memo::new(move |_| {
        let text = value.get();
        if text.trim().is_empty() {
            return None;
        }
        Points::parse(&text, group.whole()).err().map(|e| format!("Điểm tối đa: {}", e.message()))
    });
    let described = {
        let error_id = error_id.clone();
        move || error.with(|e| e.as_ref().map(|_| error_id.clone()))
    };
    let tidy = move |ev: leptos::ev::Event| {
        if let Ok(p) = Points::parse(&event_target_value(&ev), group.whole()) {
            on_change.run(p.to_string());
        }
    };
    view! {
        <div class="field field-count">
            <label for=id.clone()>"Điểm tối đa"</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                prop:value=move || value.get()
                aria-invalid=move || error.with(|e| e.is_some().to_string())
                aria-describedby=described
                on:input=move |ev| on_change.run(event_target_value(&ev))
                on:change=tidy
            />
            <p class="field-error" id=error_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// The settings a pack may set for the cells: the cap, the vote thresholds, the target
/// and the six-month date.
#[component]
fn Settings(ed: Editor) -> impl IntoView {
    let target = Signal::derive(move || ed.read(|p| p.target_good_percent));
    let set_target = Callback::new(move |n: Option<u32>| ed.edit(|p| p.target_good_percent = n));
    let six = Signal::derive(move || ed.read(|p| p.six_months_on.clone().unwrap_or_default()));
    let set_six = Callback::new(move |v: String| {
        ed.edit(|p| p.six_months_on = Some(v).filter(|v| !v.trim().is_empty()));
    });
    view! {
        <h2>"Các thiết lập cho chi bộ (không bắt buộc)"</h2>
        <p class="hint">"Điều nào đồng chí không đặt thì mỗi chi bộ tự đặt trong hồ sơ chi bộ."</p>
        <CapFields ed=ed/>
        <ThresholdChoice ed=ed name="pack-threshold-excellent" legend="Ngưỡng biểu quyết đề xuất Hoàn thành xuất sắc nhiệm vụ"
            get=|p| p.threshold_excellent set=|p, t| p.threshold_excellent = t/>
        <ThresholdChoice ed=ed name="pack-threshold-other" legend="Ngưỡng biểu quyết đề xuất các mức khác"
            get=|p| p.threshold_other set=|p, t| p.threshold_other = t/>
        <CountField id="pack-target" label="Tỉ lệ đảng viên Hoàn thành tốt nhiệm vụ trở lên mà các chi bộ phấn đấu (%)"
            value=target on_change=set_target/>
        <DateField id="pack-six-months" label="Ngày dùng để tính \"kết nạp chưa đủ 6 tháng\" (ngày/tháng/năm)" value=six
            on_change=set_six hint="Để trống nếu mỗi chi bộ tự đặt."/>
    }
}

/// The cap (QĐ 366 Điều 11): whether the pack sets it, its rate and comparison groups.
#[component]
fn CapFields(ed: Editor) -> impl IntoView {
    let has_cap = Memo::new(move |_| ed.read(|p| p.cap.is_some()));
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        ed.edit(|p| p.cap = on.then(|| PackCap { groups: Vec::new(), percent: 20 }));
    };
    view! {
        <label class="choice" for="pack-cap">
            <input type="checkbox" id="pack-cap" prop:checked=move || has_cap.get() on:change=toggle/>
            "Bộ tiêu chí đặt tỉ lệ Hoàn thành xuất sắc nhiệm vụ tối đa và các nhóm so sánh (Quy định 366-QĐ/TW, Điều 11)"
        </label>
        {move || has_cap.get().then(|| view! { <CapDetails ed=ed/> })}
    }
}

/// The cap's rate and its comparison groups, one a line.
#[component]
fn CapDetails(ed: Editor) -> impl IntoView {
    let percent = Memo::new(move |_| ed.read(|p| p.cap.as_ref().map(|c| c.percent)));
    let set_percent = move |n: u32| {
        ed.edit(|p| {
            if let Some(c) = p.cap.as_mut() {
                c.percent = n;
            }
        })
    };
    // The text is kept as typed (blank lines included) and not redrawn from the pack, so
    // that a new line can be started; the pack keeps the non-empty lines.
    let groups = ed.peek(|p| p.cap.as_ref().map(|c| c.groups.join("\n")).unwrap_or_default());
    let set_groups = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let lines = cap_groups(&text);
        ed.edit(|p| {
            if let Some(c) = p.cap.as_mut() {
                c.groups = lines;
            }
        });
    };
    let rates = [
        (20, "20\u{a0}% (mức chung)"),
        (25, "25\u{a0}% (cấp có thẩm quyền cho phép với đơn vị có thành tích xuất sắc, nổi trội)"),
    ];
    view! {
        <fieldset class="field">
            <legend>"Tỉ lệ Hoàn thành xuất sắc nhiệm vụ tối đa"</legend>
            {rates
                .into_iter()
                .map(|(n, label)| {
                    let id = format!("pack-cap-{n}");
                    let label_for = id.clone();
                    view! {
                        <label class="choice" for=label_for>
                            <input type="radio" id=id name="pack-cap-rate" prop:checked=move || percent.get() == Some(n)
                                on:change=move |_| set_percent(n)/>
                            {label}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <div class="field">
            <label for="pack-cap-groups">"Các nhóm so sánh (mỗi dòng một nhóm)"</label>
            <p class="hint" id="pack-cap-groups-goi-y">
                "Ví dụ hai dòng: \"Cán bộ lãnh đạo, quản lý\" và \"Đảng viên khác\". Để trống nếu không chia nhóm."
            </p>
            <textarea id="pack-cap-groups" rows="3" aria-describedby="pack-cap-groups-goi-y" prop:value=groups
                on:input=set_groups></textarea>
        </div>
    }
}

/// One vote threshold: not set, or each [`Threshold`].
#[component]
fn ThresholdChoice(
    ed: Editor,
    name: &'static str,
    legend: &'static str,
    get: fn(&Pack) -> Option<Threshold>,
    set: fn(&mut Pack, Option<Threshold>),
) -> impl IntoView {
    let current = Memo::new(move |_| ed.read(get));
    let choices = std::iter::once(None).chain(Threshold::ALL.into_iter().map(Some));
    view! {
        <fieldset class="field">
            <legend>{legend}</legend>
            {choices
                .map(|t| {
                    let id = format!("{name}-{}", t.map(Threshold::code).unwrap_or("none"));
                    let label_for = id.clone();
                    let label = t.map(Threshold::label).unwrap_or("Không đặt: mỗi chi bộ tự đặt");
                    view! {
                        <label class="choice" for=label_for>
                            <input type="radio" id=id name=name prop:checked=move || current.get() == t
                                on:change=move |_| ed.edit(|p| set(p, t))/>
                            {label}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// "Kiểm tra": what keeps the pack from being exported, as it is typed.
#[component]
fn CheckSection(ed: Editor) -> impl IntoView {
    let problems = Memo::new(move |_| ed.read(Pack::export_problems));
    view! {
        <section aria-labelledby="pack-check-heading">
            <h2 id="pack-check-heading">"Kiểm tra"</h2>
            <div id=PROBLEMS_ID tabindex="-1" role="status">
                {move || {
                    let list = problems.get();
                    if list.is_empty() {
                        view! {
                            <p class="finding-ok">"Bộ tiêu chí hợp lệ: tổng điểm mỗi nhóm đúng 30 và 70."</p>
                        }
                        .into_any()
                    } else {
                        view! {
                            <p>{format!("Còn {} điều cần sửa trước khi xuất tệp:", list.len())}</p>
                            <ul class="problem-list">
                                {list.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                }}
            </div>
        </section>
    }
}

/// "Xuất tệp bộ tiêu chí": the pack as a file for the cells, once it has no problem.
#[component]
fn ExportSection(ed: Editor) -> impl IntoView {
    let message = RwSignal::new(None::<Result<String, String>>);
    let export = move |_| {
        leptos::task::spawn_local(async move {
            match actions::export_pack(ed.store, &ed.id.get_untracked()).await {
                None => {}
                Some(PackExport::Unfinished(why)) => {
                    message.set(Some(Err(why)));
                    focus_element(PROBLEMS_ID);
                }
                Some(PackExport::Saved(done)) => message.set(Some(done)),
            }
        })
    };
    view! {
        <h2>"Xuất tệp"</h2>
        <div class="banner-actions">
            <button type="button" class="button primary" on:click=export>"Xuất tệp bộ tiêu chí"</button>
        </div>
        <p class="field-error" role="alert">{move || message.get().and_then(Result::err)}</p>
        <p role="status">{move || message.get().and_then(Result::ok)}</p>
    }
}
