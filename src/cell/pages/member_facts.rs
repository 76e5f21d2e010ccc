//! What the cell knows of a member, recorded on the member's page for everyone on the
//! roster, with or without a file: their post in the cell (bí thư, phó bí thư, chi ủy
//! viên), a discipline of the year, long leave (HD 43 mục 7.5),
//! temporary Party activities elsewhere (mục 7.6), and the state rating of a state
//! employee (QĐ 366 Điều 3). The cell's rules read them (`kiemdiem_core::cell::checks`).

use leptos::prelude::*;

use crate::components::fields::{DateField, TextField};
use kiemdiem_core::cell::model::{CellPost, DisciplineRecord, DisciplineSource, Member, TemporaryCell};
use kiemdiem_core::level::Level;

/// A change of the member, applied by the page.
pub type Edit = Callback<Box<dyn FnOnce(&mut Member)>>;

/// See the module documentation.
#[component]
pub fn MemberFacts(member: Memo<Option<Member>>, edit: Edit) -> impl IntoView {
    let change = move |f: Box<dyn FnOnce(&mut Member)>| edit.run(f);
    let read = move |f: fn(&Member) -> bool| member.with(|m| m.as_ref().is_some_and(f));
    let discipline = move |f: fn(&mut DisciplineRecord, String), v: String| {
        change(Box::new(move |m| {
            if let Some(d) = m.discipline.as_mut() {
                f(d, v);
            }
        }))
    };
    view! {
        <section class="stack">
            <h3>"Những điều chi bộ ghi nhận về đồng chí"</h3>
            <p class="hint">"Ghi cả với đảng viên chưa có tệp. Các quy tắc xếp loại ở trên và ở trang Kiểm tra quy định dùng những thông tin này."</p>
            <div class="field">
                <label for="chuc-vu">"Chức vụ trong chi bộ"</label>
                <p class="hint" id="chuc-vu-goi-y">"Bí thư, phó bí thư và chi ủy viên là tập thể lãnh đạo của chi bộ: kỷ luật của một đồng chí trong số này làm chi bộ không được xếp loại xuất sắc. Hội nghị xét bí thư trước, rồi phó bí thư, chi ủy viên (Quy định 366-QĐ/TW, Điều 7)."</p>
                <select id="chuc-vu" aria-describedby="chuc-vu-goi-y" on:change=move |ev| {
                    let post = CellPost::from_code(&event_target_value(&ev));
                    change(Box::new(move |m| m.post = post));
                }>
                    {CellPost::ALL.into_iter().map(|p| view! {
                        <option value=p.code() selected=move || member.with(|m| m.as_ref().is_some_and(|m| m.post == p))>{p.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <label class="choice">
                <input type="checkbox" id="ky-luat" prop:checked=move || read(|m| m.discipline.is_some())
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        change(Box::new(move |m| {
                            m.discipline = on.then(|| DisciplineRecord {
                                source: DisciplineSource::Party,
                                form: String::new(),
                                date: String::new(),
                                self_remedied: false,
                                violation_date: String::new(),
                                at_former_unit: false,
                            });
                        }));
                    }/>
                "Bị kỷ luật trong năm (kỷ luật đảng hoặc kỷ luật hành chính)"
            </label>
            <Show when=move || read(|m| m.discipline.is_some())>
                <fieldset class="field">
                    <legend>"Loại kỷ luật"</legend>
                    {DisciplineSource::ALL.into_iter().map(|s| view! {
                        <label class="choice">
                            <input type="radio" name="ky-luat-loai"
                                prop:checked=move || member.with(|m| m.as_ref().and_then(|m| m.discipline.as_ref()).is_some_and(|d| d.source == s))
                                on:change=move |_| change(Box::new(move |m| {
                                    if let Some(d) = m.discipline.as_mut() {
                                        d.source = s;
                                    }
                                }))/>
                            {s.label()}
                        </label>
                    }).collect_view()}
                </fieldset>
                <TextField id="ky-luat-hinh-thuc" label="Hình thức kỷ luật" hint="Ví dụ: Khiển trách, Cảnh cáo, Cách chức."
                    value=Signal::derive(move || member.with(|m| m.as_ref().and_then(|m| m.discipline.as_ref()).map(|d| d.form.clone()).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| discipline(|d, v| d.form = v, v))/>
                <DateField id="ky-luat-ngay" label="Ngày quyết định kỷ luật (ngày/tháng/năm)"
                    value=Signal::derive(move || member.with(|m| m.as_ref().and_then(|m| m.discipline.as_ref()).map(|d| d.date.clone()).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| discipline(|d, v| d.date = v, v))/>
                <DateField id="ky-luat-vi-pham" label="Ngày xảy ra vi phạm (ngày/tháng/năm, nếu biết)"
                    value=Signal::derive(move || member.with(|m| m.as_ref().and_then(|m| m.discipline.as_ref()).map(|d| d.violation_date.clone()).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| discipline(|d, v| d.violation_date = v, v))/>
                <label class="choice">
                    <input type="checkbox" id="ky-luat-don-vi-cu"
                        prop:checked=move || member.with(|m| m.as_ref().and_then(|m| m.discipline.as_ref()).is_some_and(|d| d.at_former_unit))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            change(Box::new(move |m| {
                                if let Some(d) = m.discipline.as_mut() {
                                    d.at_former_unit = on;
                                }
                            }));
                        }/>
                    "Vi phạm xảy ra khi đồng chí công tác ở cơ quan, đơn vị cũ"
                </label>
                <label class="choice">
                    <input type="checkbox" id="ky-luat-khac-phuc"
                        prop:checked=move || member.with(|m| m.as_ref().and_then(|m| m.discipline.as_ref()).is_some_and(|d| d.self_remedied))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            change(Box::new(move |m| {
                                if let Some(d) = m.discipline.as_mut() {
                                    d.self_remedied = on;
                                }
                            }));
                        }/>
                    "Đồng chí đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả (cấp có thẩm quyền xem xét, quyết định mức xếp loại)"
                </label>
            </Show>
            <label class="choice">
                <input type="checkbox" id="nghi-dai" prop:checked=move || read(|m| m.long_leave)
                    on:change=move |ev| { let on = event_target_checked(&ev); change(Box::new(move |m| m.long_leave = on)); }/>
                "Nghỉ ốm tổng cộng từ 3 tháng trở lên trong năm, hoặc nghỉ thai sản (Hướng dẫn 43 mục 7.5)"
            </label>
            <label class="choice">
                <input type="checkbox" id="tam-thoi" prop:checked=move || read(|m| m.temporary.is_some())
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        change(Box::new(move |m| m.temporary = on.then(TemporaryCell::default)));
                    }/>
                "Đang sinh hoạt đảng tạm thời ở chi bộ khác (Hướng dẫn 43 mục 7.6)"
            </label>
            <Show when=move || read(|m| m.temporary.is_some())>
                <TextField id="tam-thoi-chi-bo" label="Chi bộ nơi sinh hoạt tạm thời"
                    value=Signal::derive(move || member.with(|m| m.as_ref().and_then(|m| m.temporary.as_ref()).map(|t| t.cell.clone()).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| change(Box::new(move |m| if let Some(t) = m.temporary.as_mut() { t.cell = v; })))/>
                <TextField id="tam-thoi-nhan-xet" label="Nhận xét của chi bộ nơi sinh hoạt tạm thời" long=true
                    hint="Cần có trước khi chi bộ xếp loại đồng chí."
                    value=Signal::derive(move || member.with(|m| m.as_ref().and_then(|m| m.temporary.as_ref()).map(|t| t.comment.clone()).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| change(Box::new(move |m| if let Some(t) = m.temporary.as_mut() { t.comment = v; })))/>
            </Show>
            <label class="choice">
                <input type="checkbox" id="cong-chuc" prop:checked=move || read(|m| m.state_employee)
                    on:change=move |ev| { let on = event_target_checked(&ev); change(Box::new(move |m| m.state_employee = on)); }/>
                "Là cán bộ, công chức, viên chức hoặc người lao động"
            </label>
            <Show when=move || read(|m| m.state_employee)>
                <div class="field">
                    <label for="cong-chuc-xep-loai">"Kết quả xếp loại cán bộ, công chức, viên chức trong năm"</label>
                    <select id="cong-chuc-xep-loai" on:change=move |ev| {
                        let l = Level::from_code(&event_target_value(&ev));
                        change(Box::new(move |m| m.state_rating = l));
                    }>
                        <option value="" selected=move || member.with(|m| m.as_ref().is_some_and(|m| m.state_rating.is_none()))>"Chưa có"</option>
                        {Level::ALL.into_iter().map(|l| view! {
                            <option value=l.code() selected=move || member.with(|m| m.as_ref().is_some_and(|m| m.state_rating == Some(l)))>{l.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
        </section>
    }
}
