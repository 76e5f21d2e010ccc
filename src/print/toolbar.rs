//! The print views' toolbar (never printed): "In / Lưu PDF", "Tải bản Word (.docx)" with
//! the same margins, the page margins, and a way back. Margins default to 20 / 20 / 30 / 15 mm (top, bottom, left, right), which domain
//! README §10.3 marks as unconfirmed, hence settable and remembered on this device; they
//! are applied to the `@page` rule through the CSS object model, which the
//! Content-Security-Policy allows.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::source::Which;

/// Default margins in mm: top, bottom, left, right.
pub const DEFAULT_MARGINS: [u32; 4] = [20, 20, 30, 15];

fn apply(m: [u32; 4]) {
    let sheets = document().style_sheets();
    for i in 0..sheets.length() {
        let Some(sheet) = sheets.item(i) else { continue };
        if !sheet.href().ok().flatten().is_some_and(|h| h.contains("/print-")) {
            continue;
        }
        let Ok(css) = sheet.dyn_into::<web_sys::CssStyleSheet>() else { continue };
        let end = css.css_rules().map(|r| r.length()).unwrap_or(0);
        let _ = css
            .insert_rule_with_index(&format!("@page {{ margin: {}mm {}mm {}mm {}mm; }}", m[0], m[3], m[1], m[2]), end);
    }
}

/// Where the margins chosen last time are kept, as "top,bottom,left,right".
const MARGINS_KEY: &str = crate::persist::keys::PRINT_MARGINS;

fn saved_margins() -> [u32; 4] {
    let text = crate::persist::local::read(MARGINS_KEY).unwrap_or_default();
    let parts: Vec<u32> =
        text.split(',').filter_map(|p| p.trim().parse().ok()).filter(|v| (5..=50).contains(v)).collect();
    <[u32; 4]>::try_from(parts).unwrap_or(DEFAULT_MARGINS)
}

/// A document the toolbar offers as a Word file: the one printed here, which the Word
/// writer finds in storage as this view did.
#[derive(Clone)]
pub struct WordSource {
    /// `kiem-diem-2025-nguyen-van-an.docx`.
    pub file_name: String,
    /// The document's address.
    pub which: Which,
}

/// `<Toolbar back=… unconfirmed=… word=…/>`: never printed. `unconfirmed` lists the printed
/// texts whose official wording is not confirmed (see `document::unconfirmed`); `word`
/// adds "Tải bản Word (.docx)", written with the margins set here.
#[component]
pub fn Toolbar(
    #[prop(into)] back: String,
    #[prop(optional)] unconfirmed: Vec<String>,
    #[prop(optional)] word: Option<WordSource>,
) -> impl IntoView {
    let start = saved_margins();
    let margins = RwSignal::new(start);
    let error = RwSignal::new(None::<String>);
    let said = RwSignal::new(None::<String>);
    let word_button = word.map(|w| {
        let download = move |_| {
            let (parts, margins) = (w.which.to_parts(), margins.get_untracked());
            let name = w.file_name.clone();
            said.set(Some("Đang tạo bản Word…".to_owned()));
            leptos::task::spawn_local(async move {
                said.set(Some(match crate::files::office::save_docx(&name, &parts, margins).await {
                    Ok(()) => format!(
                        "Đã tải bản Word \"{name}\": cùng nội dung và bố cục với bản in này, sửa tiếp được trong Word."
                    ),
                    Err(why) => format!("Không tạo được bản Word: {why}."),
                }));
            });
        };
        view! { <button type="button" class="button secondary" on:click=download>"Tải bản Word (.docx)"</button> }
    });
    Effect::new(move |_| {
        let m = margins.get();
        apply(m);
        if m != start || crate::persist::local::read(MARGINS_KEY).is_some() {
            // Remembered for the next print; a refused write only loses the preference.
            let _ = crate::persist::local::write(MARGINS_KEY, &format!("{},{},{},{}", m[0], m[1], m[2], m[3]));
        }
    });
    let field = move |i: usize, id: &'static str, label: &'static str| {
        let on_input = move |ev: leptos::ev::Event| match event_target_value(&ev).trim().parse::<u32>() {
            Ok(v) if (5..=50).contains(&v) => {
                error.set(None);
                margins.update(|m| m[i] = v);
            }
            _ => error.set(Some(format!(
                "Lề {}: hãy nhập một số milimét từ 5 đến 50. Lề này chưa được đổi.",
                label.to_lowercase()
            ))),
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" inputmode="numeric" size="3" value=start[i].to_string()
                    aria-describedby="le-loi" on:input=on_input/>
            </div>
        }
    };
    view! {
        <div class="toolbar no-print">
            <p><a href=crate::nav::came_from(|p| p.starts_with("/in/")).unwrap_or(back)>"← Quay lại"</a></p>
            <div class="actions">
                <button type="button" class="button primary" on:click=|_| { let _ = window().print(); }>"In / Lưu PDF"</button>
                {word_button}
            </div>
            <p role="status" class="word-status">{move || said.get()}</p>
            <fieldset class="margins">
                <legend>"Lề trang (mm)"</legend>
                {field(0, "le-tren", "Trên")}
                {field(1, "le-duoi", "Dưới")}
                {field(2, "le-trai", "Trái")}
                {field(3, "le-phai", "Phải")}
                <p class="field-error" id="le-loi" role="alert">{move || error.get()}</p>
            </fieldset>
            <p class="hint">"Khổ A4. Trong hộp thoại in, chọn \"Lưu dưới dạng PDF\" để có tệp PDF; bỏ chọn \"Đầu trang và chân trang\" của trình duyệt."</p>
            <details class="unconfirmed">
                <summary>"Những dòng in chưa có văn bản chính thức xác nhận"</summary>
                <p class="hint">"Ứng dụng in các dòng dưới đây theo suy luận từ mẫu các năm trước hoặc nguồn chưa đầy đủ. Nếu cấp ủy cấp trên có hướng dẫn khác, hãy sửa bản in theo hướng dẫn đó."</p>
                <ul>
                    {unconfirmed.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                    <li>"Điểm có phần thập phân (ví dụ 27,5): văn bản chưa nói rõ có được dùng hay không."</li>
                </ul>
            </details>
        </div>
    }
}
