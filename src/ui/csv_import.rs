//! The CSV import step, shown while `state.pending` holds a CSV file: match
//! the file's columns to a task's fields, check the preview (every problem
//! with its row and column), then confirm (one undoable change) or cancel
//! (nothing changes). The rules are in `crate::format::csv`.

use super::fields::{label, SelectField};
use super::form::send_from;
use super::ids::new_id;
use super::state::use_state;
use super::state::Pending;
use crate::format::csv::{
    find_header, guess_mapping, parse_table, prepare, sections, CsvImport, CsvProblem, CsvTable,
    Field, Issue, WORDS,
};
use crate::format::encoding::Encoding;
use crate::html::elem;
use crate::i18n::Catalog;
use crate::model::{FilesIn, Id, Plan};
use crate::route::Route;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::ui::widgets::{dynamic, tr};
use leptos::prelude::*;
use std::fmt::Write;

/// Preview rows drawn at most; the rest are counted.
const PREVIEW_ROWS: usize = 100;
/// Problems listed at most in each list; the rest are counted.
const PROBLEMS_SHOWN: usize = 200;

/// Renders the step while a CSV file waits, nothing otherwise.
#[component]
pub fn CsvImport() -> impl IntoView {
    let state = use_state();
    // Borrowed, not `get()`: a pending plan file is not copied to learn
    // that it is not a CSV file.
    let pending = memo(move || {
        state.pending.with(|p| match p {
            Some(Pending::Csv {
                file,
                text,
                encoding,
            }) => Some((file.clone(), text.clone(), *encoding)),
            _ => None,
        })
    });
    move || {
        pending
            .get()
            .map(|(file, text, encoding)| view! { <CsvStep file text encoding /> })
    }
}

#[component]
fn CsvStep(file: String, text: String, encoding: Encoding) -> impl IntoView {
    let state = use_state();
    let c = move || state.t().csv;
    let heading = NodeRef::<leptos::html::H2>::new();
    // Keyboard and screen reader users land on the step.
    effect(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let cancel = move |_| {
        state.pending.set(None);
        super::focus::focus_back(vec!["h1.page-title".into()], "main");
    };
    let title = {
        let file = file.clone();
        move || (c().title)(&file)
    };
    let body = match parse_table(&text).map(|table| find_header(table, &WORDS)) {
        Err(e) => view! {
            <p class="csv-error" role="alert">{move || (c().unreadable)(&e)}</p>
            <div class="csv-buttons">
                <button type="button" on:click=cancel>{tr(|t| t.cancel)}</button>
            </div>
        }
        .into_any(),
        Ok(table) => view! { <CsvSteps table file /> }.into_any(),
    };
    view! {
        <section class="csv-import" aria-labelledby="csv-import-title">
            <h2 id="csv-import-title" tabindex="-1" node_ref=heading>{dynamic(title)}</h2>
            <p class="csv-intro">{tr(|t| t.csv.intro)}</p>
            <p class="csv-encoding">{move || (c().read_as)(encoding)}</p>
            {body}
        </section>
    }
}

/// The mapping, the preview and the buttons, for a file that was read.
#[component]
fn CsvSteps(table: CsvTable, file: String) -> impl IntoView {
    let state = use_state();
    let c = move || state.t().csv;
    let guessed = guess_mapping(&table.headers, &WORDS);
    // A ledger's sections (一、产业发展), found by the columns guessed: the
    // first row of a task (for the mapping's examples) and whether any is
    // there (their rows' key areas when no column gives one).
    let first_task = table
        .rows
        .iter()
        .find(|r| sections::heading(r, &guessed).is_none())
        .cloned();
    let has_sections = table
        .rows
        .iter()
        .any(|r| sections::heading(r, &guessed).is_some());
    let mapping = RwSignal::new(guessed);
    // The key area of every row without an area column, and whether rows
    // numbered like a task of another title update it.
    let area_choice = RwSignal::new(String::new());
    let rename = RwSignal::new(false);
    let above = (table.header_row > 1).then(|| {
        let said = table.above.join(c().list_sep);
        let row = table.header_row;
        view! { <p class="csv-above">{move || (c().above_header)(row, &said)}</p> }
    });
    let table = StoredValue::new(table);
    let preview = memo(move || {
        let mut m = mapping.get();
        let area = area_choice.get();
        m.area = (!area.is_empty()).then_some(Id(area));
        m.rename_by_code = rename.get();
        let today = state.today.get();
        state.plan.with(|p| {
            table.with_value(|tb| {
                prepare(p, tb, &m, &WORDS, today, &mut |prefix: &str| new_id(prefix))
            })
        })
    });

    let mapping_rows = move || {
        let c = c();
        table.with_value(|tb| {
            Field::all()
                .into_iter()
                .enumerate()
                .map(|(slot, field)| {
                    let id = format!("csv-map-{slot}");
                    let label_for = id.clone();
                    let options = tb
                        .headers
                        .iter()
                        .enumerate()
                        .map(|(i, h)| {
                            view! { <option value=i.to_string()>{(c.column_option)(i + 1, h)}</option> }
                        })
                        .collect_view();
                    let first = first_task.clone();
                    let example = move || {
                        let col = mapping.with(|m| m.get(field))?;
                        first.as_ref().map(|r| r.cell(col).to_string())
                    };
                    view! {
                        <tr>
                            <th scope="row">
                                <label for=label_for>{(c.field_name)(field)}</label>
                                {field.required().then(|| view! {
                                    " " <span class="csv-required">{c.required}</span>
                                })}
                            </th>
                            <td>
                                <select id=id
                                    prop:value=move || mapping.with(|m| m.get(field).map(|i| i.to_string()).unwrap_or_default())
                                    on:change=move |ev| {
                                        let column = event_target_value(&ev).parse::<usize>().ok();
                                        mapping.update(|m| m.set(field, column));
                                    }>
                                    <option value="">{c.not_in_file}</option>
                                    {options}
                                </select>
                            </td>
                            <td class="csv-example">{dynamic(example)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let unused = move || {
        let c = c();
        let cols = table.with_value(|tb| {
            mapping.with(|m| {
                m.unused(tb.headers.len())
                    .into_iter()
                    .map(|i| (c.column_option)(i + 1, &tb.headers[i]))
                    .collect::<Vec<_>>()
            })
        });
        (!cols.is_empty()).then(
            || view! { <p class="csv-unused">{(c.unused_columns)(&cols.join(c.list_sep))}</p> },
        )
    };

    // With no key area column, every row can go to one of the plan's areas
    // (the choice kept while a column is chosen, and used again without one).
    let no_area_column = memo(move || mapping.with(|m| m.get(Field::Area).is_none()));
    // A ledger's sections (一、产业发展) are then the rows' key areas; the
    // area chosen is for the rows before the first section.
    let area_label = if has_sections {
        label(|t| t.csv.area_for_sections)
    } else {
        label(|t| t.csv.area_for_all)
    };
    let areas = Signal::derive(move || {
        state.plan.with(|p| {
            p.areas
                .iter()
                .map(|a| (a.id.0.clone(), a.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    // Rows whose number is a task's of another title: added as new tasks,
    // unless the user says they update (and rename) those tasks.
    let numbers_taken = memo(move || {
        preview.with(|p| {
            p.problems
                .iter()
                .any(|x| matches!(x.issue, Issue::Renames { .. } | Issue::CodeTaken { .. }))
        })
    });

    let confirm = move |_| {
        let import = preview.get_untracked();
        let Some(cmd) = import.command() else {
            return;
        };
        // The history names the file the rows came from.
        if send_from(
            state,
            cmd,
            FilesIn::Read(file.clone()),
            (c().done)(import.added(), import.updated(), import.reports()),
        ) {
            state.pending.set(None);
            if !matches!(state.route.get_untracked(), Route::Tasks(_)) {
                state.navigate(Route::Tasks(Default::default()));
            }
            // The step is gone with the button pressed (at the foot of a
            // long preview): the focus, and the page, go to the task list's
            // heading, the tasks added in view below it.
            super::focus::focus_back(vec!["h1.page-title".into()], "main");
        }
    };
    let nothing = memo(move || preview.with(|p| p.rows.is_empty()));
    let confirm_text = move || {
        preview.with(|p| {
            if p.rows.is_empty() {
                c().nothing_to_import.to_string()
            } else {
                (c().confirm)(p.added(), p.updated())
            }
        })
    };

    view! {
        <h3 id="csv-map-title">{tr(|t| t.csv.map_title)}</h3>
        <p class="csv-hint">{tr(|t| t.csv.map_intro)}</p>
        {above}
        <div class="table-wrap csv-map-wrap">
            <table class="csv-map" aria-labelledby="csv-map-title">
                <thead>
                    <tr>
                        <th scope="col">{tr(|t| t.csv.col_field)}</th>
                        <th scope="col">{tr(|t| t.csv.col_column)}</th>
                        <th scope="col">{tr(|t| t.csv.col_example)}</th>
                    </tr>
                </thead>
                <tbody>{dynamic(mapping_rows)}</tbody>
            </table>
        </div>
        {dynamic(unused)}
        <div class="csv-option" hidden=move || !no_area_column.get()>
            <SelectField id="csv-area" label=area_label value=area_choice
                options=areas placeholder=label(|t| t.csv.area_choose) />
        </div>
        <p class="csv-option" hidden=move || !numbers_taken.get()>
            <input type="checkbox" id="csv-rename" on:change=move |ev| rename.set(event_target_checked(&ev)) />" "
            <label for="csv-rename">{tr(|t| t.csv.rename_by_code)}</label>
        </p>
        <h3>{tr(|t| t.csv.preview_title)}</h3>
        <Preview preview />
        <div class="csv-buttons">
            <button type="button" class="primary" disabled=move || nothing.get() on:click=confirm>
                {dynamic(confirm_text)}
            </button>
            <button type="button" on:click=move |_| {
                state.pending.set(None);
                super::focus::focus_back(vec!["h1.page-title".into()], "main");
            }>{tr(|t| t.cancel)}</button>
        </div>
    }
}

/// What confirming would do: the counts (a live region, said as they
/// change), then the rows and the problems as escaped HTML.
#[component]
fn Preview(preview: Memo<CsvImport>) -> impl IntoView {
    let state = use_state();
    let summary = move || {
        let c = state.t().csv;
        preview.with(|imp| {
            let outcome = imp.outcome();
            if outcome.blocked > 0 {
                (c.blocked)(outcome.blocked)
            } else {
                (c.summary)(
                    outcome.added,
                    outcome.updated,
                    outcome.reports,
                    outcome.unchanged,
                    outcome.left_out.len(),
                )
            }
        })
    };
    let body = move || {
        let t = state.t();
        let mut out = String::with_capacity(1 << 13);
        preview.with(|imp| state.plan.with(|p| preview_html(&mut out, t, p, imp)));
        out
    };
    view! {
        <div class="csv-preview">
            <p class="csv-summary" aria-live="polite">{dynamic(summary)}</p>
            <div class="item-html" inner_html=body></div>
        </div>
    }
}

/// The rows a CSV import would add or update (the first [`PREVIEW_ROWS`]),
/// then its problems: the file's, the rows left out, the notes; as escaped
/// HTML. Each count said is the length of the list under it.
fn preview_html(out: &mut String, t: &Catalog, p: &Plan, imp: &CsvImport) {
    let c = t.csv;
    let area = |id| {
        p.area(id)
            .or_else(|| imp.new_areas.iter().find(|a| &a.id == id))
            .map_or("", |a| a.title.as_str())
    };
    let unit = |id| {
        p.unit(id)
            .or_else(|| imp.new_units.iter().find(|u| &u.id == id))
            .map_or("", |u| u.name.as_str())
    };
    if !imp.new_units.is_empty() || !imp.new_areas.is_empty() {
        elem(
            out,
            "p",
            "",
            &(c.new_entities)(imp.new_units.len(), imp.new_areas.len()),
        );
    }
    if !imp.rows.is_empty() {
        out.push_str("<div class=\"table-wrap csv-rows-wrap\"><table class=\"csv-rows\">");
        elem(out, "caption", "", c.preview_caption);
        out.push_str("<thead><tr>");
        let f = c.field_name;
        // The progress reports the rows give, when any does: their
        // progress and date.
        let reports = imp.reports() > 0;
        let report_cols = [f(Field::Progress), f(Field::ReportDate)];
        for col in [
            c.col_row,
            c.col_action,
            f(Field::Code),
            f(Field::Title),
            f(Field::Area),
            f(Field::Lead),
            f(Field::Deadline),
        ]
        .into_iter()
        .chain(report_cols.into_iter().filter(|_| reports))
        {
            elem(out, "th scope=\"col\"", "", col);
        }
        out.push_str("</tr></thead><tbody>");
        for r in imp.rows.iter().take(PREVIEW_ROWS) {
            let task = &r.task;
            let (action, class) = if r.update {
                (c.action_update, "csv-action update")
            } else {
                (c.action_add, "csv-action add")
            };
            out.push_str("<tr>");
            elem(out, "td", "num", &r.row.to_string());
            out.push_str("<td>");
            elem(out, "span", class, action);
            out.push_str("</td>");
            elem(out, "td", "", &task.code);
            elem(out, "th scope=\"row\"", "", &task.title);
            elem(out, "td", "", area(&task.area));
            elem(out, "td", "", unit(&task.lead));
            elem(
                out,
                "td",
                "date",
                &task.deadline.map(|d| d.to_string()).unwrap_or_default(),
            );
            if reports {
                let u = r.report.as_ref();
                let progress = u.map(|u| crate::format::csv::number_cell(u.progress));
                elem(out, "td", "num", progress.as_deref().unwrap_or(""));
                let date = u.map(|u| u.date.to_string());
                elem(out, "td", "date", date.as_deref().unwrap_or(""));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></div>");
    }
    let more = imp.rows.len().saturating_sub(PREVIEW_ROWS);
    if more > 0 {
        elem(out, "p", "csv-more", &(c.more_rows)(more));
    }
    let outcome = imp.outcome();
    let say = |p: &CsvProblem, row: Option<usize>| {
        (c.located)(row, p.column.as_deref(), &(c.issue)(&p.issue))
    };
    let mut list = |title: String, items: Vec<String>, class: &str| {
        elem(out, "h4", "", &title);
        let _ = write!(out, "<ul class=\"{class}\">");
        for item in items.iter().take(PROBLEMS_SHOWN) {
            elem(out, "li", "", item);
        }
        let extra = items.len().saturating_sub(PROBLEMS_SHOWN);
        if extra > 0 {
            elem(out, "li", "", &(t.problem_more)(extra));
        }
        out.push_str("</ul>");
    };
    if !outcome.file.is_empty() {
        let items = outcome.file.iter().map(|p| say(p, p.row)).collect();
        list(
            (c.file_problems_title)(outcome.file.len()),
            items,
            "csv-problems file",
        );
    }
    // One item per row left out: its first problem says the row, the
    // others follow it.
    if !outcome.left_out.is_empty() {
        let items = outcome
            .left_out
            .iter()
            .map(|l| {
                l.problems
                    .iter()
                    .enumerate()
                    .map(|(i, p)| say(p, (i == 0).then_some(l.row)))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        list(
            (c.left_out_title)(outcome.left_out.len()),
            items,
            "csv-problems left-out",
        );
    }
    if !outcome.notes.is_empty() {
        let items = outcome.notes.iter().map(|p| say(p, p.row)).collect();
        list(
            (c.notes_title)(outcome.notes.len()),
            items,
            "csv-problems notes",
        );
    }
    if imp.problems.is_empty() {
        elem(out, "p", "csv-ok", c.no_problems);
    }
}
