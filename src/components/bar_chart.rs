//! A grouped bar chart drawn with HTML and CSS (no script, no remote asset), hidden from
//! screen readers because the same numbers are always shown in a table beside it.
//! `<BarChart title labels series/>`.
//!
//! Each label sits on its own line above its bars, in the page's own type, so it wraps
//! instead of shrinking on a phone and never overlaps a bar on a wide screen; each bar's
//! length is its share of the largest value, set as a CSS width through the style object
//! (the CSP refuses `style` attributes, not the CSSOM).

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
    // Tenths of a percent of the track, in whole numbers.
    let width = move |v: u32| {
        let tenths = u64::from(v) * 1000 / u64::from(max);
        format!("{}.{}%", tenths / 10, tenths % 10)
    };
    let groups = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let bars = series
                .iter()
                .map(|s| {
                    let v = s.values.get(i).copied().unwrap_or(0);
                    view! {
                        <div class="chart-row">
                            <span class="chart-track"><span class=format!("chart-bar {}", s.class) style:width=width(v)></span></span>
                            <span class="chart-value">{v}</span>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <li class="chart-group">
                    <span class="chart-label">{*label}</span>
                    {bars}
                </li>
            }
        })
        .collect_view();
    let legend = series
        .iter()
        .map(|s| view! { <li><span class=format!("chart-swatch {}", s.class)></span>{s.name}</li> })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <div aria-hidden="true">
                <ul class="chart-legend">{legend}</ul>
                <ul class="chart-groups">{groups}</ul>
            </div>
        </figure>
    }
}
