//! One section of a template: its official numbering and heading, the form's own note, our
//! hint, the "Không có" answer for optional sections, its fields and its live widget.

use leptos::prelude::*;

use super::field::{FieldView, Slot};
use super::pack::PackScoring;
use super::use_editor;
use super::widgets::SectionWidget;
use kiemdiem_core::template::{DocKind, Section, Widget, Wording};

/// See the module documentation.
#[component]
pub fn SectionView(section: &'static Section, step: &'static str) -> impl IntoView {
    let ed = use_editor();
    let heading_id = format!("s-{}", section.id);
    let none = move || ed.doc.with(|d| d.is_none(section.id));
    let heading = {
        let number = (!section.number.is_empty()).then(|| view! { <span class="num">{section.number}" "</span> });
        let inner = view! { {number}{section.heading} };
        match section.depth {
            1 => view! { <h2 id=heading_id.clone() class="sec-heading depth-1">{inner}</h2> }.into_any(),
            2 => view! { <h2 id=heading_id.clone() class="sec-heading depth-2">{inner}</h2> }.into_any(),
            _ => view! { <h3 id=heading_id.clone() class="sec-heading depth-3">{inner}</h3> }.into_any(),
        }
    };
    let toggle_id = format!("none-{}", section.id);
    // Part B.I of a member's review can be scored by a superior committee's pack.
    let scored_by_pack_here =
        section.widget == Some(Widget::ScoreTotal) && matches!(ed.template.kind, DocKind::Review | DocKind::CellReview);
    view! {
        <section class="form-section" class:ours=section.wording == Wording::Ours aria-labelledby=heading_id>
            {heading}
            {section.note.map(|n| view! { <p class="official-note">{n}</p> })}
            {section.hint.map(|h| view! { <p class="hint"><span class="hint-label">"Gợi ý: "</span>{h}</p> })}
            {section.optional.then(|| view! {
                <div class="none-toggle">
                    <input type="checkbox" id=toggle_id.clone()
                        prop:checked=none
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            ed.edit(|d| d.set_none(section.id, checked));
                        }/>
                    <label for=toggle_id.clone()>"Không có (mục này không có nội dung)"</label>
                </div>
            })}
            {scored_by_pack_here.then(|| view! { <PackScoring/> })}
            // With a pack, the two group totals come from its table.
            <Show when=move || !(none() || (scored_by_pack_here && ed.doc.with(|d| d.pack.is_some())))>
                {section.fields.iter().map(|f| view! { <FieldView field=f at=Slot::Field(f.id) step=step/> }).collect_view()}
            </Show>
            {section.widget.map(|w| view! { <SectionWidget widget=w/> })}
        </section>
    }
}
