//! A grouped bar chart drawn as inline SVG (no script, no remote asset), hidden from screen
//! readers because the same numbers are always shown in a table beside it.
//! `<BarChart title labels series/>`.

use leptos::prelude::*;

/// One series of bars (e.g. "Chi bộ đề xuất"), one value per label.
#[derive(Clone, PartialEq)]
pub struct Series {
    pub name: &'static str,
    pub values: Vec<u32>,
    /// CSS class giving the bars their colour.
    pub class: &'static str,
}

#[component]
pub fn BarChart(title: &'static str, labels: Vec<&'static str>, series: Vec<Series>) -> impl IntoView {
    let max = series.iter().flat_map(|s| s.values.iter().copied()).max().unwrap_or(0).max(1);
    let (row_h, bar_h, left, width) = (56u32, 20u32, 210u32, 640u32);
    let height = row_h * labels.len() as u32 + 40;
    let scale = |v: u32| (u64::from(v) * u64::from(width - left - 60) / u64::from(max)) as u32;
    let groups = labels.iter().enumerate().map(|(i, label)| {
        let y = 10 + row_h * i as u32;
        let bars = series.iter().enumerate().map(|(j, s)| {
            let v = s.values.get(i).copied().unwrap_or(0);
            let by = y + 4 + bar_h * j as u32;
            view! {
                <rect class=format!("bar {}", s.class) x=left.to_string() y=by.to_string() width=scale(v).max(1).to_string() height=(bar_h - 4).to_string()></rect>
                <text x=(left + scale(v) + 6).to_string() y=(by + bar_h - 8).to_string()>{v}</text>
            }
        }).collect_view();
        view! {
            <text class="bar-label" x="0" y=(y + 26).to_string()>{*label}</text>
            {bars}
        }
    }).collect_view();
    let legend = series.iter().enumerate().map(|(j, s)| {
        let x = left + 170 * j as u32;
        view! {
            <rect class=format!("bar {}", s.class) x=x.to_string() y=(height - 22).to_string() width="14" height="14"></rect>
            <text x=(x + 20).to_string() y=(height - 10).to_string()>{s.name}</text>
        }
    }).collect_view();
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-hidden="true" focusable="false">
                {groups}
                {legend}
            </svg>
        </figure>
    }
}
