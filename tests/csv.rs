//! CSV out and in (`format::csv`): the sheets Excel and WPS open (mark,
//! CRLF, localized header, quoting), header recognition in both languages,
//! the import's problems by row and column, and export-then-import giving
//! the same tasks back.

use plan_tracker::command::{apply, Command};
use plan_tracker::format::csv::*;
use plan_tracker::format::decode;
use plan_tracker::i18n::Lang;
use plan_tracker::model::task_texts::TaskText;
use plan_tracker::model::*;
use plan_tracker::query::TaskIndex;
use plan_tracker::sample::sample_plan;
use plan_tracker::validate::{validate, Entity};
use proptest::prelude::*;
use std::path::Path;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> Date {
    d(2023, 9, 30)
}

/// Ids from a counter, as the app's clock and random number would give.
fn ids() -> impl FnMut(&str) -> Id {
    let mut n = 0;
    move |prefix: &str| {
        n += 1;
        Id::new(format!("{prefix}-csv{n}"))
    }
}

/// Every task of `plan`, in plan order.
fn export_all(plan: &Plan, lang: Lang) -> String {
    let index = TaskIndex::build(plan, today());
    let all: Vec<usize> = (0..index.rows.len()).collect();
    export_tasks(plan, &index, &all, &lang.catalog().sheet())
}

/// `text` read, mapped from its own header and prepared against `plan`.
fn import(plan: &Plan, text: &str) -> CsvImport {
    let table = parse_table(text).expect("a table");
    let mapping = guess_mapping(&table.headers, &WORDS);
    prepare(plan, &table, &mapping, &WORDS, today(), &mut ids())
}

/// [`import`] with the choice to update (and rename) a task by a row's
/// number when the titles differ.
fn import_renaming(plan: &Plan, text: &str) -> CsvImport {
    let table = parse_table(text).expect("a table");
    let mut mapping = guess_mapping(&table.headers, &WORDS);
    mapping.rename_by_code = true;
    prepare(plan, &table, &mapping, &WORDS, today(), &mut ids())
}

/// `plan` after the import's one command.
fn applied(plan: &Plan, import: &CsvImport) -> Plan {
    let mut out = plan.clone();
    apply(&mut out, import.command().expect("something to import")).expect("the batch applies");
    assert!(validate(&out).is_empty(), "{:?}", validate(&out));
    out
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    let bytes = std::fs::read(&path).unwrap();
    decode(&bytes).expect("text").0
}

/// Names, not ids: what a task says, so tasks of two plans can be compared.
#[derive(Debug, PartialEq)]
struct Said {
    code: String,
    title: String,
    area: String,
    lead: String,
    co: Vec<String>,
    leader: String,
    tier: Tier,
    start: Option<Date>,
    deadline: Option<Date>,
    tags: Vec<String>,
    /// The task's text columns, in table order.
    texts: Vec<String>,
    /// Its source: kind, reference, date.
    source: (SourceKind, String, Option<Date>),
}

/// What a task says in each of its text columns.
fn texts(t: &Task) -> Vec<String> {
    text_rows().map(|x| (x.get)(t).to_string()).collect()
}

/// The rows of the task's text table that are CSV columns, in order.
fn text_rows() -> impl Iterator<Item = &'static TaskText> {
    Field::texts().into_iter().filter_map(|f| f.text())
}

/// Which column of a file each field reads, for every field in order.
fn columns(m: &Mapping) -> Vec<Option<usize>> {
    Field::all().into_iter().map(|f| m.get(f)).collect()
}

fn said(plan: &Plan) -> Vec<Said> {
    let unit = |id: &Id| plan.unit(id).unwrap().name.clone();
    plan.tasks
        .iter()
        .map(|t| Said {
            code: t.code.clone(),
            title: t.title.trim().to_string(),
            area: plan.area(&t.area).unwrap().title.clone(),
            lead: unit(&t.lead),
            co: t.co_units.iter().map(unit).collect(),
            leader: t.leader.clone(),
            tier: t.tier,
            start: t.start,
            deadline: t.deadline,
            tags: t.tags.clone(),
            texts: texts(t),
            source: (t.source, t.source_ref.clone(), t.source_date),
        })
        .collect()
}

// --- Export -----------------------------------------------------------------

#[test]
fn the_sample_exports_with_mark_crlf_and_a_localized_header() {
    for (lang, fixed) in [
        (
            Lang::Zh,
            "编号,任务名称,重点领域,牵头单位,配合单位,分管领导,任务层级,开始日期,完成时限,进度（%）,亮灯状态,亮灯原因,最近报告日期,最新进展情况,存在问题,下步打算,标签,来源,会议或文件,来源日期",
        ),
        (
            Lang::En,
            "No.,Task,Key area,Lead unit,Co-operating units,Leader in charge,Tier,Start date,Deadline,Progress (%),Light,Light reason,Last report,Latest progress,Problems,Next steps,Tags,Source,Meeting or document,Date of the source",
        ),
    ] {
        // Then each text column, headed with the field's label on the form,
        // and the requirement.
        let requirement = match lang {
            Lang::Zh => "目标要求",
            Lang::En => "Requirement",
        };
        let header = std::iter::once(fixed)
            .chain(text_rows().map(|x| lang.catalog().task_text_label(x.key)))
            .chain([requirement])
            .collect::<Vec<_>>()
            .join(",");
        let plan = sample_plan(lang);
        let text = export_all(&plan, lang);
        assert!(text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]), "{lang:?}");
        let body = text.strip_prefix('\u{feff}').unwrap();
        assert!(body.ends_with("\r\n"));
        assert!(!body.replace("\r\n", "").contains('\n'), "only CRLF line ends");
        let lines: Vec<&str> = body.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(lines[0], header);
        // One line per task: the sample has 44 tasks and no line breaks in cells.
        assert_eq!(plan.tasks.len(), 44);
        assert_eq!(lines.len(), 1 + 44, "{lang:?}");
    }
}

#[test]
fn a_task_line_carries_light_progress_and_last_report_words() {
    // The latest standing report's texts follow its date (a ledger's
    // 进展情况, 存在问题, 下步打算).
    // A task of the plan itself, with no reference and no funding source;
    // then its description and requirement.
    let empty = ",".repeat(text_rows().count() - 1);
    let zh = export_all(&sample_plan(Lang::Zh), Lang::Zh);
    // Task 1.2 as of 2023-09-30: 62% reported on 2023-09-27, 75% expected: yellow.
    assert!(zh.contains(&format!(
        "\r\n1.2,攻坚50项转型发展重点突破任务,全省转型发展重点任务,省发展改革委,省委办公厅,分管副省长,重点突破任务,2023-01-01,2023-12-31,62,存在风险,已完成 62%，按时序应达 75%,2023-09-27,累计完成重点突破任务31项，三季度节点35项未达到。,4项任务受项目审批和资金影响进度滞后。,挂牌督办滞后任务，四季度集中攻坚。,全省、项目建设,规划任务,,{empty},重点突破任务项目化推进，涉及各市和省直部门。,50项重点突破任务项目化推进，年内全部完成\r\n"
    )), "{zh}");
    let en = export_all(&sample_plan(Lang::En), Lang::En);
    // The English reason has a comma, so it is quoted.
    assert!(en.contains(&format!(
        ",62,At risk,\"62% done, 75% expected by now\",2023-09-27,\"31 key breakthrough tasks completed in total, short of the Q3 node of 35.\",4 tasks lag behind because of approvals and funding.,Supervise the lagging tasks by name and concentrate on them in Q4.,province; projects,Plan,,{empty},The key breakthrough tasks are carried out as projects by the cities and provincial departments.,All 50 key breakthrough tasks carried out as projects and completed within the year\r\n"
    )));
}

#[test]
fn only_the_tasks_shown_in_the_order_shown() {
    let plan = sample_plan(Lang::En);
    let index = TaskIndex::build(&plan, today());
    let text = export_tasks(&plan, &index, &[1, 0], &Lang::En.catalog().sheet());
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines.len(), 4, "header, two tasks, and the empty rest");
    assert!(lines[1].starts_with("1.2,"));
    assert!(lines[2].starts_with("1.1,"));
}

#[test]
fn commas_quotes_and_line_breaks_are_quoted() {
    let mut plan = sample_plan(Lang::En);
    plan.tasks[0].title = "Roads, bridges and \"smart\" parks\nphase II".into();
    plan.tasks[0].code = "=1+1".into();
    let index = TaskIndex::build(&plan, today());
    let text = export_tasks(&plan, &index, &[0], &Lang::En.catalog().sheet());
    let line = text.split("\r\n").nth(1).unwrap();
    assert!(
        line.starts_with(
            "'=1+1,\"Roads, bridges and \"\"smart\"\" parks\nphase II\",Province-wide"
        ),
        "{line}"
    );
    // And back: the formula guard is removed, the quoting undone.
    let table = parse_table(&text).unwrap();
    assert_eq!(table.rows[0].cells[0], "=1+1");
    assert_eq!(
        table.rows[0].cells[1],
        "Roads, bridges and \"smart\" parks\nphase II"
    );
}

#[test]
fn projects_and_indicators_export_with_figures() {
    let plan = sample_plan(Lang::Zh);
    let t = Lang::Zh.catalog();
    let projects = export_projects(&plan, today(), &t.sheet());
    assert!(projects.starts_with("\u{feff}项目名称,重点领域,牵头单位,批次,项目阶段,"));
    assert_eq!(projects.matches("\r\n").count(), 1 + plan.projects.len());
    // 41,500 of 60,000 (万元) this year: 69.17%.
    assert!(projects.contains(
        "\r\n小店区数字经济产业园（一期）,聚力创新发展,太原市小店区人民政府,2023年第一批,在建,2023-03-01,2025-06-30,2023-03-18,,260000,60000,41500,69.17,正常推进,"
    ));
    let indicators = export_indicators(&plan, today(), &t.sheet());
    assert!(indicators.starts_with(
        "\u{feff}指标名称,重点领域,类别,计量单位,指标属性,指标方向,数值口径,基期年份,"
    ));
    // How each indicator's values are counted, beside its direction.
    assert!(indicators.contains(",越高越好（正向）,当期值或水平值（如比率、增速、年度数）,2022,0,"));
    assert_eq!(
        indicators.matches("\r\n").count(),
        1 + plan.indicators.len()
    );
    // 118 of 165 key tasks from a baseline of 0: 71.52% of the way, behind the path.
    assert!(indicators.contains(",2022,0,2023-Q3,118,2023,165,滞后于序时进度,71.52\r\n"));
    // Poverty incidence 19.81% (2014) → 2.28% (2018), target at most 2 in 2020: 98.43%.
    assert!(indicators.contains(",2014,19.81,2018,2.28,2020,不高于 2,滞后于序时进度,98.43\r\n"));
    let en = export_indicators(&sample_plan(Lang::En), today(), &Lang::En.catalog().sheet());
    assert!(en.contains(",2014,19.81,2018,2.28,2020,at most 2,Lagging,98.43\r\n"));
}

#[test]
fn file_names_say_plan_and_sheet() {
    let plan = sample_plan(Lang::Zh);
    assert_eq!(
        csv_file_name(&plan, "任务清单"),
        "山西省2023年转型发展重点任务督查台账（示例）-任务清单.csv"
    );
    let mut odd = plan.clone();
    odd.title = "a/b:c".into();
    assert_eq!(csv_file_name(&odd, "tasks"), "a_b_c-tasks.csv");
}

// --- Reading and mapping ----------------------------------------------------

fn headers(hs: &[&str]) -> Vec<String> {
    hs.iter().map(|h| h.to_string()).collect()
}

#[test]
fn chinese_headers_are_recognised() {
    let h = headers(&[
        "序号",
        "任务名称",
        "牵头单位",
        "配合单位",
        "完成时限（年月日）",
        "重点领域",
        "备注",
        "分管领导",
    ]);
    let m = guess_mapping(&h, &WORDS);
    assert_eq!(m.get(Field::Code), Some(0));
    assert_eq!(m.get(Field::Title), Some(1));
    assert_eq!(m.get(Field::Lead), Some(2));
    assert_eq!(m.get(Field::CoUnits), Some(3));
    assert_eq!(m.get(Field::Deadline), Some(4));
    assert_eq!(m.get(Field::Area), Some(5));
    assert_eq!(m.get(Field::Leader), Some(7));
    assert_eq!(m.get(Field::Start), None);
    assert_eq!(m.unused(h.len()), vec![6]);
    // Other usual words, and headers that only contain a field's name.
    let m = guess_mapping(
        &headers(&[
            "任务编号",
            "重点任务",
            "牵头部门",
            "责任单位",
            "截止时间",
            "所属领域",
        ]),
        &WORDS,
    );
    assert_eq!(
        [
            Field::Code,
            Field::Title,
            Field::Lead,
            Field::CoUnits,
            Field::Deadline,
            Field::Area
        ]
        .map(|f| m.get(f)),
        [Some(0), Some(1), Some(2), Some(3), Some(4), Some(5)]
    );
    let m = guess_mapping(&headers(&["牵头单位及责任人", "任务名称及目标"]), &WORDS);
    assert_eq!(
        (m.get(Field::Lead), m.get(Field::Title)),
        (Some(0), Some(1))
    );
}

#[test]
fn english_headers_are_recognised_in_any_case() {
    let m = guess_mapping(
        &headers(&[
            "NO.",
            "title",
            "Key Area",
            "Lead unit",
            "Co-operating units",
            "Due date",
            "Start",
            "tags",
            "Tier",
        ]),
        &WORDS,
    );
    let mut want = vec![
        Some(0),
        Some(1),
        Some(2),
        Some(3),
        Some(4),
        None,
        Some(8),
        Some(6),
        Some(5),
        None,
        Some(7),
        None,
        None,
        None,
        // No progress columns.
        None,
        None,
        None,
        None,
        None,
    ];
    want.extend(text_rows().map(|_| None));
    assert_eq!(columns(&m), want);
}

#[test]
fn both_languages_export_headers_map_themselves() {
    for lang in Lang::ALL {
        let text = export_all(&sample_plan(lang), lang);
        let table = parse_table(&decode(text.as_bytes()).unwrap().0).unwrap();
        let m = guess_mapping(&table.headers, &WORDS);
        // The fixed columns, the tags (13) and the source's three, then
        // each text column.
        let mut want = vec![
            Some(0),
            Some(1),
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            Some(6),
            Some(7),
            Some(8),
            Some(20 + text_rows().count()),
            Some(16),
            Some(17),
            Some(18),
            Some(19),
            // Progress, the last report's date, what was done, problems
            // and next steps.
            Some(9),
            Some(12),
            Some(13),
            Some(14),
            Some(15),
        ];
        want.extend((20..).take(text_rows().count()).map(Some));
        assert_eq!(columns(&m), want, "{lang:?}");
        // The light and its reason are not read.
        assert_eq!(m.unused(table.headers.len()), vec![10, 11]);
    }
}

#[test]
fn semicolons_and_tabs_separate_too() {
    let t = parse_table("Task;Lead unit\r\nA;B\r\n").unwrap();
    assert_eq!(t.rows[0].cells, vec!["A", "B"]);
    let t = parse_table("Task\tLead unit\nA, still A\tB\n").unwrap();
    assert_eq!(t.rows[0].cells, vec!["A, still A", "B"]);
    assert_eq!(parse_table(""), Err(CsvError::Empty));
    assert_eq!(parse_table("\u{feff}\r\n , \r\n"), Err(CsvError::Empty));
}

#[test]
fn a_title_line_does_not_decide_the_separator() {
    let t = parse_table("2024年重点任务台账\r\n序号;任务名称;牵头单位\r\n1;A;B\r\n").unwrap();
    assert_eq!(t.headers, vec!["2024年重点任务台账"]);
    assert_eq!(t.rows[0].cells, vec!["序号", "任务名称", "牵头单位"]);
    assert_eq!(t.rows[1].cells, vec!["1", "A", "B"]);
}

#[test]
fn rows_are_numbered_as_a_spreadsheet_shows_them() {
    // Blank lines are rows of their own; a line break inside a quoted cell
    // is not.
    let text = "Task,Lead unit\r\nA,B\r\n\r\n\r\n\"C\r\nstill C\",D\r\nE,F\r\n,\r\nG,H\r\n";
    let t = parse_table(text).unwrap();
    let numbers: Vec<usize> = t.rows.iter().map(|r| r.number).collect();
    assert_eq!(numbers, vec![2, 5, 6, 8]);
    // Blank lines above the header count too.
    let t = parse_table("\n\nTask,Lead unit\nA,B\n").unwrap();
    assert_eq!(t.rows[0].number, 4);
}

#[test]
fn dates_tiers_and_lists_as_spreadsheets_write_them() {
    for s in [
        "2023-06-30",
        "2023/6/30",
        "2023.06.30",
        "2023年6月30日",
        "2023/6/30 0:00",
    ] {
        assert_eq!(parse_date(s, 2023), Some(d(2023, 6, 30)), "{s}");
    }
    for s in [
        "2023/13/01",
        "30/06/2023",
        "2023-02-30",
        "23-6-30",
        "soon",
        "2023-6-",
    ] {
        assert_eq!(parse_date(s, 2023), None, "{s}");
    }
    assert_eq!(
        parse_tier("重点突破任务", &WORDS),
        Some(Tier::KeyBreakthrough)
    );
    assert_eq!(parse_tier("重点", &WORDS), Some(Tier::Key));
    assert_eq!(
        parse_tier("Key breakthrough", &WORDS),
        Some(Tier::KeyBreakthrough)
    );
    assert_eq!(parse_tier("regular", &WORDS), Some(Tier::Regular));
    assert_eq!(parse_tier("", &WORDS), Some(Tier::Regular));
    assert_eq!(parse_tier("Urgent", &WORDS), None);
    assert_eq!(
        split_list("省发展改革委、省委办公厅；省财政厅\n省委办公厅"),
        vec!["省发展改革委", "省委办公厅", "省财政厅"]
    );
    // Not inside brackets: "县（市、区）" is how Chinese documents name
    // every county, city and district at once.
    assert_eq!(
        split_list("太原市人民政府、各县（市、区）人民政府；省财政厅（牵头，协调）,省审计厅"),
        vec![
            "太原市人民政府",
            "各县（市、区）人民政府",
            "省财政厅（牵头，协调）",
            "省审计厅"
        ]
    );
    assert_eq!(
        split_list("各市、县(市、区)政府、〔2023〕3号、【甲、乙】"),
        vec!["各市", "县(市、区)政府", "〔2023〕3号", "【甲、乙】"]
    );
    // A bracket left open runs to the end: nothing after it is split.
    assert_eq!(split_list("甲（乙、丙"), vec!["甲（乙、丙"]);
    assert_eq!(split_list("甲）、乙"), vec!["甲）", "乙"]);
}

#[test]
fn relevant_units_name_no_unit_and_are_said_once() {
    let plan = sample_plan(Lang::Zh);
    let text = "任务名称,重点领域,牵头单位,配合单位\r\n\
        甲,全省转型发展重点任务,省发展改革委,省委办公厅、各有关单位\r\n\
        乙,全省转型发展重点任务,省发展改革委,各有关单位\r\n\
        丙,全省转型发展重点任务,省发展改革委,Relevant units\r\n";
    let first = import(&plan, text);
    assert_eq!(
        located(&first),
        vec![
            (
                Some(2),
                Some("配合单位"),
                &Issue::NoUnitNamed("各有关单位".into())
            ),
            (
                Some(4),
                Some("配合单位"),
                &Issue::NoUnitNamed("Relevant units".into())
            ),
        ]
    );
    assert!(!Issue::NoUnitNamed(String::new()).leaves_out());
    let after = applied(&plan, &first);
    assert_eq!(after.units.len(), plan.units.len(), "no unit made");
    assert_eq!(
        after.tasks.len(),
        plan.tasks.len() + 3,
        "every row imported"
    );
    assert_eq!(after.tasks[44].co_units.len(), 1);
    assert!(after.tasks[45].co_units.is_empty());

    // A plan that has a unit of that name keeps it.
    let mut own = plan.clone();
    let mut unit = own.units[0].clone();
    unit.id = Id::new("u-relevant");
    unit.name = "各有关单位".into();
    own.units.push(unit);
    let kept = import(&own, text);
    assert_eq!(
        located(&kept),
        vec![(
            Some(4),
            Some("配合单位"),
            &Issue::NoUnitNamed("Relevant units".into())
        )]
    );
    let after = applied(&own, &kept);
    assert_eq!(after.tasks[45].co_units, [Id::new("u-relevant")]);
}

#[test]
fn a_unit_named_with_a_bracketed_list_is_one_unit() {
    let plan = sample_plan(Lang::Zh);
    let text = "任务名称,重点领域,牵头单位,配合单位\r\n\
        甲,全省转型发展重点任务,省发展改革委,各县（市、区）人民政府、省委办公厅\r\n";
    let import = import(&plan, text);
    assert_eq!(
        located(&import),
        vec![(
            Some(2),
            Some("配合单位"),
            &Issue::NewUnit("各县（市、区）人民政府".into())
        )]
    );
    let after = applied(&plan, &import);
    assert_eq!(after.units.len(), plan.units.len() + 1);
    let co: Vec<&str> = after.tasks[44]
        .co_units
        .iter()
        .map(|id| after.unit(id).expect("a unit").name.as_str())
        .collect();
    assert_eq!(co, ["各县（市、区）人民政府", "省委办公厅"]);
}

// --- Import: problems by row and column ---------------------------------------

fn located(import: &CsvImport) -> Vec<(Option<usize>, Option<&str>, &Issue)> {
    import
        .problems
        .iter()
        .map(|p| (p.row, p.column.as_deref(), &p.issue))
        .collect()
}

#[test]
fn cells_left_blank_under_a_merged_key_area_or_lead_unit_take_the_value_above() {
    // As Excel writes a ledger whose 重点领域 and 牵头单位 cells are merged
    // over several rows: the value on the first row only.
    let plan = sample_plan(Lang::Zh);
    let text = "序号,任务名称,重点领域,牵头单位,完成时限\n\
        1,甲任务,数字政府建设,省政务服务管理局,2023-12-31\n\
        2,乙任务,,,2023-11-30\n\
        3,丙任务,,省发展改革委,2023-10-31\n\
        4,丁任务,扩大消费,,2023-09-30\n\
        5,戊任务,";
    let import = import(&plan, text);
    let from_above: Vec<(Option<usize>, Option<&str>, &Issue)> = located(&import)
        .into_iter()
        .filter(|(_, _, i)| matches!(i, Issue::FromAbove(_)))
        .collect();
    assert_eq!(
        from_above,
        vec![
            (
                Some(3),
                Some("重点领域"),
                &Issue::FromAbove("数字政府建设".into())
            ),
            (
                Some(3),
                Some("牵头单位"),
                &Issue::FromAbove("省政务服务管理局".into())
            ),
            (
                Some(4),
                Some("重点领域"),
                &Issue::FromAbove("数字政府建设".into())
            ),
            (
                Some(5),
                Some("牵头单位"),
                &Issue::FromAbove("省发展改革委".into())
            ),
            (
                Some(6),
                Some("重点领域"),
                &Issue::FromAbove("扩大消费".into())
            ),
        ]
    );
    // The row cut short after its blank area is not filled in further: its
    // lead is missing, not merged.
    assert!(located(&import).contains(&(Some(6), Some("牵头单位"), &Issue::Empty(Field::Lead))));
    assert_eq!((import.added(), import.left_out()), (4, 1));
    let after = applied(&plan, &import);
    let said = |title: &str| {
        let t = after.tasks.iter().find(|t| t.title == title).unwrap();
        (
            after.area(&t.area).unwrap().title.clone(),
            after.unit(&t.lead).unwrap().name.clone(),
        )
    };
    assert_eq!(
        said("乙任务"),
        ("数字政府建设".into(), "省政务服务管理局".into())
    );
    assert_eq!(
        said("丙任务"),
        ("数字政府建设".into(), "省发展改革委".into())
    );
    assert_eq!(said("丁任务").1, "省发展改革委");
}

#[test]
fn a_deadline_outside_the_plans_period_is_imported_with_a_note() {
    let plan = sample_plan(Lang::Zh);
    let text = "任务名称,重点领域,牵头单位,完成时限\n\
        甲任务,扩大消费,省发展改革委,2022-12-31\n\
        乙任务,扩大消费,省发展改革委,2023-12-31\n\
        丙任务,扩大消费,省发展改革委,2024-03-31";
    let import = import(&plan, text);
    let (from, to) = (d(2023, 1, 1), d(2023, 12, 31));
    assert_eq!((plan.start, plan.end), (from, to));
    assert_eq!(
        located(&import),
        vec![
            (
                Some(2),
                Some("完成时限"),
                &Issue::OutsidePlan {
                    date: d(2022, 12, 31),
                    from,
                    to
                }
            ),
            (
                Some(4),
                Some("完成时限"),
                &Issue::OutsidePlan {
                    date: d(2024, 3, 31),
                    from,
                    to
                }
            ),
        ]
    );
    assert_eq!(import.added(), 3);
}

#[test]
fn units_new_to_the_plan_take_the_kind_their_names_say() {
    let plan = sample_plan(Lang::Zh);
    let text = "任务名称,重点领域,牵头单位,配合单位\n\
        甲任务,扩大消费,小店区人民政府,坞城街道、北格镇\n\
        乙任务,扩大消费,晋中市,清徐县、小店区商务局、刘家堡乡人民政府";
    let import = import(&plan, text);
    let kinds: Vec<(&str, UnitKind)> = import
        .new_units
        .iter()
        .map(|u| (u.name.as_str(), u.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("小店区人民政府", UnitKind::District),
            ("坞城街道", UnitKind::Town),
            ("北格镇", UnitKind::Town),
            ("晋中市", UnitKind::City),
            ("清徐县", UnitKind::District),
            ("小店区商务局", UnitKind::Department),
            ("刘家堡乡人民政府", UnitKind::Town),
        ]
    );
}

#[test]
fn a_units_kind_is_read_from_its_name_in_english_too() {
    for (name, kind) in [
        ("Xiaodian District People's Government", UnitKind::District),
        ("Qingxu County", UnitKind::District),
        ("Beige Town", UnitKind::Town),
        ("Taiyuan City", UnitKind::City),
        (
            "Provincial Development and Reform Commission",
            UnitKind::Department,
        ),
        ("太原市 小店区", UnitKind::District),
        ("省委办公厅", UnitKind::Department),
    ] {
        assert_eq!(UnitKind::guess(name), kind, "{name}");
    }
}

#[test]
fn a_province_s_government_is_no_department_and_a_region_or_prefecture_is_no_district() {
    for (name, kind) in [
        // Above a city: no kind of its own.
        ("山西省人民政府", UnitKind::Other),
        ("山西省政府", UnitKind::Other),
        ("内蒙古自治区人民政府", UnitKind::Other),
        ("广西壮族自治区", UnitKind::Other),
        // A city's level: prefectures, leagues, regions.
        ("延边朝鲜族自治州人民政府", UnitKind::City),
        ("锡林郭勒盟", UnitKind::City),
        ("阿里地区行政公署", UnitKind::City),
        ("阿里地区", UnitKind::City),
        // As before.
        ("忻州市人民政府", UnitKind::City),
        ("阳泉市城区人民政府", UnitKind::District),
        ("鄂托克旗", UnitKind::District),
        ("长阳土家族自治县", UnitKind::District),
        ("省政府办公厅", UnitKind::Department),
        ("省发展改革委", UnitKind::Department),
    ] {
        assert_eq!(UnitKind::guess(name), kind, "{name}");
    }
}

#[test]
fn missing_and_extra_columns_fixture() {
    let plan = sample_plan(Lang::Zh);
    let text = fixture("tasks-missing-and-extra-columns.csv");
    let table = parse_table(&text).unwrap();
    let m = guess_mapping(&table.headers, &WORDS);
    assert_eq!(m.get(Field::CoUnits), None);
    assert_eq!(m.get(Field::Start), None);
    assert_eq!(
        m.unused(table.headers.len()),
        vec![5, 6],
        "备注 and 联系人 are not read"
    );
    let import = prepare(&plan, &table, &m, &WORDS, today(), &mut ids());
    assert_eq!(
        located(&import),
        vec![
            (
                Some(2),
                Some("重点领域"),
                &Issue::NewArea("数字政府建设".into())
            ),
            (
                Some(2),
                Some("牵头单位"),
                &Issue::NewUnit("省政务服务管理局".into())
            ),
            (
                Some(3),
                None,
                &Issue::ExtraCells {
                    cells: 8,
                    columns: 7
                }
            ),
            (Some(4), Some("牵头单位"), &Issue::Empty(Field::Lead)),
        ]
    );
    assert_eq!(
        (import.added(), import.updated(), import.left_out()),
        (2, 0, 1)
    );
    assert_eq!((import.new_units.len(), import.new_areas.len()), (1, 1));
    let after = applied(&plan, &import);
    assert_eq!(after.tasks.len(), 44 + 2);
    let t = after.tasks.iter().find(|t| t.code == "2").unwrap();
    assert_eq!(t.title, "推进政务服务“一网通办”");
    assert_eq!(t.deadline, Some(d(2023, 10, 31)));
    assert_eq!(after.unit(&t.lead).unwrap().name, "省政务服务管理局");
    assert_eq!(after.area(&t.area).unwrap().title, "数字政府建设");
    // Worded with row and column, in both languages.
    let p = &import.problems[3];
    let zh = Lang::Zh.catalog().csv;
    assert_eq!(
        (zh.located)(p.row, p.column.as_deref(), &(zh.issue)(&p.issue)),
        "第 4 行“牵头单位”列：“牵头单位”未填写。"
    );
    let en = Lang::En.catalog().csv;
    assert_eq!(
        (en.located)(p.row, p.column.as_deref(), &(en.issue)(&p.issue)),
        "Row 4, column 牵头单位: “Lead unit” is empty."
    );
}

#[test]
fn bad_values_fixture() {
    let plan = sample_plan(Lang::En);
    let import = import_renaming(&plan, &fixture("tasks-bad-values.csv"));
    assert_eq!(
        located(&import),
        vec![
            (
                Some(2),
                Some("Deadline"),
                &Issue::NotADate {
                    text: "2023/13/01".into(),
                    year: 2023
                }
            ),
            (Some(3), Some("Task"), &Issue::Empty(Field::Title)),
            (
                Some(4),
                Some("Lead unit"),
                &Issue::NewUnit("Unknown Office".into())
            ),
            (
                Some(5),
                Some("No."),
                &Issue::DuplicateCode {
                    code: "20.3".into(),
                    first_row: 4
                }
            ),
            (Some(6), Some("Tier"), &Issue::NotATier("Urgent".into())),
            (Some(7), Some("Deadline"), &Issue::DeadlineBeforeStart),
            (
                Some(8),
                Some("No."),
                &Issue::Renames {
                    code: "1.1".into(),
                    from: "Deliver the 165 key tasks for transformation and development".into()
                }
            ),
        ]
    );
    assert_eq!(
        (import.added(), import.updated(), import.left_out()),
        (1, 1, 5)
    );
    let after = applied(&plan, &import);
    assert_eq!(after.tasks.len(), 45);
    let added = after.tasks.iter().find(|t| t.code == "20.3").unwrap();
    assert_eq!(added.title, "Publish the \"one-stop\" service list");
    // The update keeps what the file does not say (description, milestones).
    let before = plan.tasks.iter().find(|t| t.code == "1.1").unwrap();
    let updated = after.tasks.iter().find(|t| t.code == "1.1").unwrap();
    assert_eq!(updated.id, before.id);
    assert_eq!(updated.title, "Deliver the 165 key tasks (revised)");
    assert_eq!(updated.tags, vec!["province"]);
    assert_eq!(
        updated.co_units, before.co_units,
        "a blank cell keeps the co-operating units"
    );
    assert_eq!(updated.description, before.description);
    assert_eq!(updated.milestones, before.milestones);
    assert_eq!(updated.leader, before.leader, "no leader column: kept");
    let en = Lang::En.catalog().csv;
    let words: Vec<String> = import
        .problems
        .iter()
        .map(|p| (en.located)(p.row, p.column.as_deref(), &(en.issue)(&p.issue)))
        .collect();
    assert_eq!(
        words[0],
        "Row 2, column Deadline: “2023/13/01” is not a date; write it as 2023-06-30, 2023/6/30, 2023年6月30日 or 2023年6月底 (end of June)."
    );
    assert_eq!(
        words[2],
        "Row 4, column Lead unit: Unit “Unknown Office” is not in this plan; it will be added as a new unit."
    );
    let zh = Lang::Zh.catalog().csv;
    let p = &import.problems[4];
    assert_eq!(
        (zh.located)(p.row, p.column.as_deref(), &(zh.issue)(&p.issue)),
        "第 6 行“Tier”列：“Urgent”不是任务层级，请填写一般任务、重点任务或重点突破任务。"
    );
}

#[test]
fn a_missing_required_column_imports_nothing() {
    let plan = sample_plan(Lang::Zh);
    let import = import(&plan, "任务名称,完成时限\r\n一项任务,2023-12-31\r\n");
    assert_eq!(
        located(&import),
        vec![
            (None, None, &Issue::NoColumn(Field::Area)),
            (None, None, &Issue::NoColumn(Field::Lead)),
        ]
    );
    assert_eq!(import.command(), None);
    assert_eq!(import.left_out(), 1);
    let header_only = self::import(&plan, "任务名称,重点领域,牵头单位\r\n");
    assert_eq!(located(&header_only), vec![(None, None, &Issue::NoRows)]);
}

#[test]
fn a_sheet_of_numbers_and_new_deadlines_updates_the_tasks_it_numbers() {
    // A sheet sent out to move deadlines: 编号 and 完成时限, nothing else.
    let plan = sample_plan(Lang::Zh);
    let before = |code: &str| plan.tasks.iter().find(|t| t.code == code).unwrap().clone();
    let text = "编号,完成时限\r\n1.1,2023-11-30\r\n2.1,2023-12-15\r\n99.9,2023-10-31\r\n";
    let import = import(&plan, text);
    // The two numbered tasks are updated; the row that numbers no task has
    // nothing a new task needs, and is left out saying so.
    assert_eq!(import.left_out(), 1);
    assert!(
        located(&import).contains(&(Some(4), None, &Issue::Empty(Field::Title))),
        "{:?}",
        located(&import)
    );
    let after = applied(&plan, &import);
    for (code, deadline) in [("1.1", d(2023, 11, 30)), ("2.1", d(2023, 12, 15))] {
        let (was, now) = (
            before(code),
            after.tasks.iter().find(|t| t.code == code).unwrap(),
        );
        assert_eq!(now.deadline, Some(deadline));
        // Its title, key area and lead unit are its own still.
        assert_eq!(
            (&now.title, &now.area, &now.lead, &now.co_units),
            (&was.title, &was.area, &was.lead, &was.co_units)
        );
    }
    assert_eq!(after.tasks.len(), plan.tasks.len());
    // Without numbers, the columns are still needed.
    let unnumbered = self::import(&plan, "完成时限\r\n2023-11-30\r\n");
    assert!(located(&unnumbered).contains(&(None, None, &Issue::NoColumn(Field::Title))));
    assert_eq!(unnumbered.command(), None);
}

#[test]
fn names_match_exactly_then_loosely() {
    let plan = sample_plan(Lang::En);
    let text = "Task,Key area,Lead unit,Co-operating units\r\n\
        A,province-wide KEY tasks for transformation,general office of the provincial party committee,\"Xiaodian District People's Government, Taiyuan; Provincial Development and Reform Commission\"\r\n";
    let import = import(&plan, text);
    assert_eq!(import.problems, vec![]);
    assert!(import.new_units.is_empty() && import.new_areas.is_empty());
    let after = applied(&plan, &import);
    let s = said(&after);
    let last = s.last().unwrap();
    assert_eq!(last.area, "Province-wide key tasks for transformation");
    assert_eq!(
        last.lead,
        "General Office of the Provincial Party Committee"
    );
    assert_eq!(
        last.co,
        vec![
            "Xiaodian District People's Government, Taiyuan",
            "Provincial Development and Reform Commission"
        ]
    );
}

#[test]
fn a_new_unit_is_named_once_and_made_once() {
    let plan = sample_plan(Lang::Zh);
    let text = "任务名称,重点领域,牵头单位,配合单位\r\n\
        甲,全省转型发展重点任务,XX局,YY办、XX局\r\n\
        乙,全省转型发展重点任务,xx局,YY办\r\n";
    let import = import(&plan, text);
    assert_eq!(
        located(&import),
        vec![
            (Some(2), Some("牵头单位"), &Issue::NewUnit("XX局".into())),
            (Some(2), Some("配合单位"), &Issue::NewUnit("YY办".into())),
        ]
    );
    assert_eq!(import.new_units.len(), 2);
    let after = applied(&plan, &import);
    assert_eq!(after.units.len(), plan.units.len() + 2);
    assert_eq!(after.tasks[44].lead, after.tasks[45].lead);
}

#[test]
fn full_width_letters_and_digits_name_the_same_unit() {
    // A spreadsheet typed partly in an input method's full-width mode.
    let plan = sample_plan(Lang::Zh);
    let text = "任务名称,重点领域,牵头单位\r\n\
        甲,全省转型发展重点任务,XX局2\r\n\
        乙,全省转型发展重点任务,ＸＸ局２\r\n";
    let import = import(&plan, text);
    assert_eq!(
        located(&import),
        vec![(Some(2), Some("牵头单位"), &Issue::NewUnit("XX局2".into()))]
    );
    let after = applied(&plan, &import);
    assert_eq!(after.units.len(), plan.units.len() + 1);
    assert_eq!(after.tasks[44].lead, after.tasks[45].lead);
}

#[test]
fn the_import_is_one_undoable_batch() {
    let plan = sample_plan(Lang::Zh);
    let import = import(&plan, &fixture("tasks-missing-and-extra-columns.csv"));
    let Some(Command::Batch(cmds)) = import.command() else {
        panic!("a batch");
    };
    // One unit, one area, then the two tasks.
    assert_eq!(cmds.len(), 4);
    assert!(matches!(
        &cmds[0],
        Command::Put {
            entity: Entity::Unit(_),
            ..
        }
    ));
    assert!(matches!(
        &cmds[1],
        Command::Put {
            entity: Entity::Area(_),
            ..
        }
    ));
    let mut after = plan.clone();
    let inverse = apply(&mut after, import.command().unwrap()).unwrap();
    assert_ne!(after, plan);
    apply(&mut after, inverse).unwrap();
    assert_eq!(after, plan);
}

// --- Export then import --------------------------------------------------------

/// The source columns, in either language's words: an item from a meeting
/// keeps its kind, reference and date through export and import; an
/// unknown kind is named with its row and column and leaves the row out.
#[test]
fn sources_travel_through_csv_and_an_unknown_kind_is_said_where() {
    let mut plan = sample_plan(Lang::En);
    plan.tasks[0].source = SourceKind::Meeting;
    plan.tasks[0].source_ref = "Executive meeting No. 12".into();
    plan.tasks[0].source_date = Some(d(2023, 8, 28));
    plan.tasks[1].source = SourceKind::Instruction;
    for lang in Lang::ALL {
        let text = export_all(&plan, lang);
        let header = text.lines().next().unwrap();
        let words: [&str; 3] = match lang {
            Lang::Zh => ["来源", "会议或文件", "来源日期"],
            Lang::En => ["Source", "Meeting or document", "Date of the source"],
        };
        for w in words {
            assert!(header.split(',').any(|h| h == w), "{w} in {header}");
        }
        let first = text.lines().nth(1).unwrap();
        let kind = match lang {
            Lang::Zh => "会议议定事项",
            Lang::En => "Meeting",
        };
        assert!(
            first.contains(&format!("{kind},Executive meeting No. 12,2023-08-28")),
            "{first}"
        );
        let mut without = plan.clone();
        without.tasks.clear();
        without.updates.clear();
        without.steps.clear();
        without.notices.clear();
        let import = import(&without, &text);
        assert_eq!(import.problems, vec![], "{lang:?}");
        let after = applied(&without, &import);
        assert_eq!(said(&after), said(&plan), "{lang:?}");
        assert_eq!(after.tasks[1].source, SourceKind::Instruction);
    }
    // The offices' own words, and an unknown kind.
    let sheet = "任务名称,重点领域,牵头单位,事项来源,文号,会议日期\r\n                 甲,领域一,单位一,批示,市领导批示第3号,2023年8月1日\r\n\
                 乙,领域一,单位一,电话,,\r\n\
                 丙,领域一,单位一,,,\r\n";
    let import = import(
        &Plan::new(Id::new("p"), "P", d(2023, 1, 1), d(2023, 12, 31)),
        sheet,
    );
    assert_eq!(
        located(&import)
            .into_iter()
            .filter(|(_, _, i)| i.leaves_out())
            .collect::<Vec<_>>(),
        vec![(Some(3), Some("事项来源"), &Issue::NotASource("电话".into()))]
    );
    assert_eq!(
        (Lang::En.catalog().csv.issue)(&Issue::NotASource("电话".into())),
        "“电话” is not a source; write Plan, Meeting, Leader's instruction, Document or Other."
    );
    let tasks: Vec<_> = import
        .rows
        .iter()
        .map(|r| &r.task)
        .map(|t| {
            (
                t.title.as_str(),
                t.source,
                t.source_ref.as_str(),
                t.source_date,
            )
        })
        .collect();
    assert_eq!(
        tasks,
        vec![
            (
                "甲",
                SourceKind::Instruction,
                "市领导批示第3号",
                Some(d(2023, 8, 1))
            ),
            ("丙", SourceKind::Plan, "", None),
        ]
    );
}

#[test]
fn the_sample_survives_export_and_import_into_a_plan_without_tasks() {
    for lang in Lang::ALL {
        let plan = sample_plan(lang);
        let text = export_all(&plan, lang);
        let mut empty = plan.clone();
        empty.tasks.clear();
        empty.updates.clear();
        empty.steps.clear();
        empty.notices.clear();
        let import = import(&empty, &decode(text.as_bytes()).unwrap().0);
        assert_eq!(import.problems, vec![], "{lang:?}");
        assert_eq!(import.added(), 44);
        let after = applied(&empty, &import);
        assert_eq!(said(&after), said(&plan), "{lang:?}");
    }
}

#[test]
fn importing_the_export_into_the_same_plan_changes_no_task() {
    for lang in Lang::ALL {
        let plan = sample_plan(lang);
        let import = import(&plan, &export_all(&plan, lang));
        // Every row matches its task: nothing to update, nothing to say.
        assert_eq!(
            (import.added(), import.updated(), import.unchanged),
            (0, 0, 44)
        );
        assert_eq!(import.problems, vec![]);
        assert_eq!(import.command(), None);
    }
}

/// A report as a sheet writes it: date, progress, what was done,
/// problems, next steps.
type SheetSays = (Date, f64, String, String, String);

/// The reporting period a report form files a report of `date` to.
fn form_period(plan: &Plan, date: Date) -> Option<plan_tracker::period::Period> {
    Some(plan_tracker::period::reporting_period(
        plan.cadence,
        plan.grace_days,
        date,
    ))
}

/// Each task's latest standing report as a sheet writes it.
fn latest_said(plan: &Plan) -> Vec<Option<SheetSays>> {
    plan.tasks
        .iter()
        .map(|t| {
            let u = plan.latest_report(&Subject::Task(t.id.clone()))?;
            let text = |s: &str| s.trim().to_string();
            Some((
                u.date,
                u.progress,
                text(&u.narrative),
                text(&u.problems),
                text(&u.next_steps),
            ))
        })
        .collect()
}

#[test]
fn the_sheet_s_progress_columns_give_each_task_its_latest_report() {
    for lang in Lang::ALL {
        let mut plan = sample_plan(lang);
        // A sheet has no column for the reporting period: its reports are
        // filed as a report form files them, by their dates. So are the
        // plan's here, to compare the lights.
        for u in &mut plan.updates {
            u.period = Some(plan_tracker::period::reporting_period(
                plan.cadence,
                plan.grace_days,
                u.date,
            ));
        }
        let mut empty = plan.clone();
        empty.tasks.clear();
        empty.updates.clear();
        empty.steps.clear();
        empty.notices.clear();
        let import = import(&empty, &export_all(&plan, lang));
        let reported = latest_said(&plan).iter().flatten().count();
        assert!(reported > 30, "the sample reports most tasks");
        assert_eq!(import.outcome().reports, reported, "{lang:?}");
        let after = applied(&empty, &import);
        assert_eq!(after.updates.len(), reported);
        assert_eq!(latest_said(&after), latest_said(&plan), "{lang:?}");
        // Judged by their figures: a reported task has the same light as
        // in the plan it came from (one never reported was entered today).
        let (was, now) = (
            TaskIndex::build(&plan, today()),
            TaskIndex::build(&after, today()),
        );
        for (a, b) in was.rows.iter().zip(&now.rows) {
            if a.last_report.is_some() {
                assert_eq!(a.status.light, b.status.light, "{lang:?} {:?}", b.status);
            }
        }
        // Filed as a report form files them.
        for u in &after.updates {
            assert_eq!(u.period, form_period(&after, u.date));
        }
    }
}

/// A county's ledger as offices keep it: the progress in its own words.
const PROGRESS_LEDGER: &str = "\
序号,重点任务,重点领域,牵头单位,完成时限,完成进度,进展情况,存在问题,下步打算,填报日期\r\n\
1,建成政务服务中心,数字政府,县政务服务中心,2024年6月底,35%,主体完工,资金未到位,加快装修,2024年3月31日\r\n\
2,改造老旧小区,城乡建设,县住建局,2024年12月底,,已完成摸底,,,\r\n\
3,招商引资,招商引资,县商务局,年底,0,,,,\r\n\
4,编制国土空间规划,城乡建设,县自然资源局,年底,过半,,,,\r\n\
5,建设产业园,招商引资,县商务局,年底,120,,,,\r\n\
6,修建县道,城乡建设,县交通局,年底,10,开工,,,2024年5月1日\r\n\
7,完成全年任务,招商引资,县商务局,年底,已完成,全部完成,,,\r\n";

/// The one note of `o` that `is` picks: a note said once in a sheet.
fn note_once<'a>(o: &Outcome<'a>, is: impl Fn(&Issue) -> bool) -> &'a CsvProblem {
    let found: Vec<&CsvProblem> = o.notes.iter().copied().filter(|p| is(&p.issue)).collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found[0]
}

fn ledger_import(plan: &Plan, text: &str, today: Date) -> CsvImport {
    let table = parse_table(text).expect("a table");
    let mapping = guess_mapping(&table.headers, &WORDS);
    prepare(plan, &table, &mapping, &WORDS, today, &mut ids())
}

#[test]
fn a_progress_column_of_fractions_is_read_as_percentages_and_said_once() {
    let plan = county_2024();
    let day = d(2024, 4, 8);
    let head = "序号,重点任务,重点领域,牵头单位,完成时限,完成进度\r\n";
    let text = format!("{head}1,甲,城乡建设,县住建局,年底,0.3\r\n2,乙,城乡建设,县住建局,年底,\r\n3,丙,城乡建设,县住建局,年底,0.55\r\n4,丁,城乡建设,县住建局,年底,1\r\n5,戊,城乡建设,县住建局,年底,已完成\r\n");
    let import = ledger_import(&plan, &text, day);
    let o = import.outcome();
    assert!(o.left_out.is_empty(), "{:?}", o.left_out);
    let fractions = note_once(&o, |i| matches!(i, Issue::Fractions { .. }));
    assert_eq!(fractions.row, Some(2));
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(&fractions.issue),
        "进度列的数都在 0 至 1 之间，按小数读作百分比：本行“0.3”即 30%，其余各行同样换算。"
    );
    let after = applied(&plan, &import);
    let progress = |title: &str| {
        let t = after.tasks.iter().find(|t| t.title == title).unwrap();
        after
            .latest_report(&Subject::Task(t.id.clone()))
            .map(|u| u.progress)
    };
    assert_eq!(
        ["甲", "乙", "丙", "丁", "戊"].map(progress),
        [Some(30.0), None, Some(55.0), Some(100.0), Some(100.0)]
    );

    // A column with a percentage beside them, or a number above 1, is of
    // percentages: 0.5 there is half a percent.
    for other in ["40%", "30"] {
        let text = format!(
            "{head}1,甲,城乡建设,县住建局,年底,0.5\r\n2,乙,城乡建设,县住建局,年底,{other}\r\n"
        );
        let import = ledger_import(&plan, &text, day);
        assert!(import
            .problems
            .iter()
            .all(|p| !matches!(p.issue, Issue::Fractions { .. })));
        let after = applied(&plan, &import);
        let t = after.tasks.iter().find(|t| t.title == "甲").unwrap();
        let u = after.latest_report(&Subject::Task(t.id.clone())).unwrap();
        assert_eq!(u.progress, 0.5, "beside {other}");
    }
}

#[test]
fn a_ledger_s_progress_is_recorded_as_each_task_s_first_report() {
    let plan = county_2024();
    let day = d(2024, 4, 8);
    let import = ledger_import(&plan, PROGRESS_LEDGER, day);
    let o = import.outcome();
    // Row 6 is left out: a number over 100. Row 7's report would be dated
    // after the import.
    let left: Vec<(usize, &Issue)> = o
        .left_out
        .iter()
        .map(|l| (l.row, &l.problems[0].issue))
        .collect();
    assert_eq!(
        left,
        vec![
            (6, &Issue::NotAPercent("120".into())),
            (7, &Issue::ReportAfterToday(d(2024, 5, 1))),
        ]
    );
    // Row 4's progress of 0 alone says nothing: no report.
    assert_eq!((o.added, o.reports), (5, 4));
    let noted = |row: usize, issue: Issue| {
        o.notes
            .iter()
            .any(|p| p.row == Some(row) && p.issue == issue)
    };
    assert!(noted(3, Issue::ProgressKept(None)));
    // Words in the progress column: what was done, at 0%.
    assert!(noted(
        5,
        Issue::ProgressInWords {
            text: "过半".into(),
            kept: None
        }
    ));
    let after = applied(&plan, &import);
    let by_title = |title: &str| {
        let t = after.tasks.iter().find(|t| t.title == title).unwrap();
        after.latest_report(&Subject::Task(t.id.clone()))
    };
    let u = by_title("建成政务服务中心").unwrap();
    assert_eq!(
        (
            u.date,
            u.progress,
            u.narrative.as_str(),
            u.problems.as_str(),
            u.next_steps.as_str()
        ),
        (d(2024, 3, 31), 35.0, "主体完工", "资金未到位", "加快装修")
    );
    // Filed to the period the day answers (by the plan's cadence and grace
    // days), as a report form files it.
    assert_eq!(u.period, Some(after.report_period(u)));
    assert_eq!(u.period, form_period(&after, u.date));
    let u = by_title("改造老旧小区").unwrap();
    assert_eq!(
        (u.date, u.progress, u.narrative.as_str()),
        (day, 0.0, "已完成摸底")
    );
    assert_eq!(by_title("招商引资"), None);
    let u = by_title("完成全年任务").unwrap();
    assert_eq!((u.progress, u.status), (100.0, ReportedStatus::Completed));
    let index = TaskIndex::build(&after, day);
    let row = |title: &str| {
        index
            .rows
            .iter()
            .find(|r| after.tasks[r.index].title == title)
            .unwrap()
    };
    assert_eq!(
        row("完成全年任务").status.light,
        plan_tracker::status::Light::Completed
    );
    // A sheet passes no judgement: nothing is shown beside the light.
    assert!(index.rows.iter().all(|r| r.claim.is_none()));

    // In English, each problem says what to write.
    let en = Lang::En.catalog().csv;
    assert_eq!(
        (en.issue)(&Issue::NotAPercent("120".into())),
        "“120” is not a progress in percent: write a number from 0 to 100, e.g. 35 or 35%."
    );
    assert_eq!(
        by_title("编制国土空间规划").map(|u| (u.progress, u.narrative.as_str())),
        Some((0.0, "过半"))
    );
    let zh = Lang::Zh.catalog().csv;
    assert_eq!(
        (zh.issue)(&Issue::ProgressKept(None)),
        "本行有进展情况而未填进度，该任务尚无进展报告，按 0% 记入。"
    );
    assert_eq!(
        (zh.done)(4, 0, 3),
        "已从 CSV 导入任务：新增 4 项，更新 0 项，记入进展报告 3 条。如有误，可点“撤销”恢复。"
    );
    assert_eq!(
        (en.summary)(4, 0, 1, 0, 3),
        "4 tasks will be added and 0 updated, with 1 progress report from the sheet's progress columns. 3 rows are left out because of the problems below."
    );
    assert_eq!(
        (zh.summary)(o.added, o.updated, o.reports, o.unchanged, o.left_out.len()),
        "将新增 5 项任务，更新 0 项任务，并据进度列记入 4 条进展报告。另有 2 行因下列问题不导入。"
    );

    // The same ledger again, a month on: no report twice. Only row 7,
    // whose day has come, is new.
    let again = ledger_import(&after, PROGRESS_LEDGER, d(2024, 5, 8));
    let o = again.outcome();
    assert_eq!((o.added, o.updated, o.unchanged, o.reports), (1, 0, 5, 1));
    assert_eq!(again.rows[0].row, 7);
}

#[test]
fn a_progress_edited_in_an_exported_sheet_is_a_new_report_of_the_day() {
    let plan = county_2024();
    let first = applied(&plan, &ledger_import(&plan, PROGRESS_LEDGER, d(2024, 4, 8)));
    let day = d(2024, 7, 10);
    let index = TaskIndex::build(&first, day);
    let all: Vec<usize> = (0..index.rows.len()).collect();
    let sheet = export_tasks(&first, &index, &all, &Lang::Zh.catalog().sheet());
    // The office writes the new figure over the old one, and nothing else.
    let edited = sheet.replacen(",35,", ",60,", 1);
    assert_ne!(edited, sheet);
    let import = ledger_import(&first, &decode(edited.as_bytes()).unwrap().0, day);
    let o = import.outcome();
    assert_eq!((o.added, o.updated, o.unchanged, o.reports), (0, 1, 4, 1));
    assert!(o
        .notes
        .iter()
        .any(|p| p.issue == Issue::DatedToday(d(2024, 3, 31))));
    assert!(o.notes.iter().any(|p| matches!(&p.issue, Issue::UpdatesTask { fields, .. } if fields == &vec![Field::Progress])));
    let after = applied(&first, &import);
    let t = after
        .tasks
        .iter()
        .find(|t| t.title == "建成政务服务中心")
        .unwrap();
    let u = after.latest_report(&Subject::Task(t.id.clone())).unwrap();
    // Dated today, the texts the sheet carried with it.
    assert_eq!(
        (u.date, u.progress, u.narrative.as_str()),
        (day, 60.0, "主体完工")
    );
    assert_eq!(after.updates.len(), first.updates.len() + 1);
    // The sheet as it was before the edit, imported again later: each row
    // says what a report of its date says, so nothing is recorded.
    let old = ledger_import(&after, &decode(sheet.as_bytes()).unwrap().0, d(2024, 8, 1));
    assert_eq!(
        (old.added(), old.updated(), old.unchanged, old.reports()),
        (0, 0, 5, 0)
    );
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(&Issue::UpdatesTask {
            code: "1".into(),
            fields: vec![Field::Progress]
        }),
        "编号为“1”的任务已在规划中，将更新其进度（%）（空白单元格不作更改）。"
    );
}

/// Text with the characters CSV must take care of.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!(
        "[a-zA-Z0-9 ,\"'=\\-\n中文任务推进、；]{{1,{max}}}"
    ))
    .unwrap()
    .prop_filter("not blank", |s| !s.trim().is_empty())
}

/// A unit name that does not hold a list separator.
fn unit_name() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z0-9 \"'局委办中心]{1,12}")
        .unwrap()
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn date() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of(
        (2020i32..2030, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| Date::from_ymd_opt(y, m, d).unwrap()),
    )
}

fn arb_plan() -> impl Strategy<Value = Plan> {
    (
        proptest::collection::vec(text(16), 1..4),
        proptest::collection::vec(unit_name(), 1..5),
        proptest::collection::vec(
            (
                text(30),
                text(6),
                any::<prop::sample::Index>(),
                any::<prop::sample::Index>(),
                proptest::collection::vec(any::<prop::sample::Index>(), 0..3),
                date(),
                date(),
                0..3u8,
                // One for each text column, set through the table.
                proptest::collection::vec(proptest::option::of(text(20)), text_rows().count()),
                // The source: its kind, reference and date.
                (0..5usize, text(20), date()),
            ),
            1..8,
        ),
    )
        .prop_map(|(areas, units, tasks)| {
            let mut plan = Plan::new(Id::new("p"), "P", d(2023, 1, 1), d(2023, 12, 31));
            // Names are made distinct by a leading letter, trimmed as cells are.
            plan.areas = areas
                .iter()
                .enumerate()
                .map(|(i, a)| KeyArea {
                    id: Id::new(format!("a{i}")),
                    title: format!("{}{}", (b'A' + i as u8) as char, a.trim()),
                    description: String::new(),
                    goal: None,
                })
                .collect();
            plan.units = units
                .iter()
                .enumerate()
                .map(|(i, u)| Unit {
                    id: Id::new(format!("u{i}")),
                    name: format!("{}{}", (b'A' + i as u8) as char, u.trim()),
                    kind: UnitKind::Department,
                    parent: None,
                })
                .collect();
            for (i, (title, code, area, lead, co, start, deadline, tier, texts, source)) in
                tasks.into_iter().enumerate()
            {
                let (start, deadline) = match (start, deadline) {
                    (Some(s), Some(e)) if e < s => (Some(e), Some(s)),
                    other => other,
                };
                let lead = plan.units[lead.index(plan.units.len())].id.clone();
                let mut co_units: Vec<Id> = Vec::new();
                for c in co {
                    let id = plan.units[c.index(plan.units.len())].id.clone();
                    if !co_units.contains(&id) {
                        co_units.push(id);
                    }
                }
                let area = plan.areas[area.index(plan.areas.len())].id.clone();
                let mut task = Task {
                    tier: [Tier::Regular, Tier::Key, Tier::KeyBreakthrough][tier as usize],
                    co_units,
                    start,
                    deadline,
                    ..Task::new(
                        format!("t{i}"),
                        format!("{i}{}", code.trim()),
                        title.trim(),
                        area,
                        lead,
                    )
                };
                task.source = <SourceKind as Choice>::ALL[source.0];
                task.source_ref = source.1.trim().to_string();
                task.source_date = source.2;
                for (x, text) in text_rows().zip(texts) {
                    // Trimmed as cells are read.
                    (x.set)(
                        &mut task,
                        text.map_or_else(String::new, |t| t.trim().to_string()),
                    );
                }
                plan.tasks.push(task);
            }
            plan
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn export_then_import_gives_the_same_tasks(plan in arb_plan(), zh in any::<bool>()) {
        prop_assume!(validate(&plan).is_empty());
        let lang = if zh { Lang::Zh } else { Lang::En };
        let text = export_all(&plan, lang);
        prop_assert!(text.starts_with(BOM));
        // Into the same plan without its tasks: areas and units matched by name.
        let mut without = plan.clone();
        without.tasks.clear();
        let import = import(&without, &text);
        // Nothing is said but a deadline outside the plan's period, once
        // for each task that has one.
        let outside = plan
            .tasks
            .iter()
            .filter(|t| t.deadline.is_some_and(|d| d < plan.start || d > plan.end))
            .count();
        prop_assert!(
            import.problems.iter().all(|p| matches!(p.issue, Issue::OutsidePlan { .. })),
            "{:?}",
            import.problems
        );
        prop_assert_eq!(import.problems.len(), outside);
        prop_assert_eq!(said(&applied(&without, &import)), said(&plan));
        // Into an empty plan: areas and units made from their names.
        let mut empty = without.clone();
        empty.areas.clear();
        empty.units.clear();
        let import = self::import(&empty, &text);
        prop_assert!(import.problems.iter().all(|p| !p.issue.leaves_out()), "{:?}", import.problems);
        prop_assert_eq!(said(&applied(&empty, &import)), said(&plan));
    }
}

// --- Encodings: what Excel and WPS save ----------------------------------------

use plan_tracker::format::encoding::{decode_text, gb18030_error_offset, Encoding, TextError};

/// GB18030 as the browser's `TextDecoder('gb18030', {fatal: true})` reads
/// it: `None` for any malformed or unmapped sequence.
fn gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|c| c.into_owned())
}

fn read(bytes: &[u8]) -> Result<(String, Encoding), TextError> {
    decode_text(bytes, &gb18030)
}

const LEDGER: &str = "序号,重点任务,责任单位,协同单位,完成时限\r\n1,建成政务服务中心,县政务服务中心,县财政局,2024年4月底\r\n";

#[test]
fn gbk_bytes_as_chinese_excel_saves_them_are_read_as_gb18030() {
    let (bytes, _, lossy) = encoding_rs::GBK.encode(LEDGER);
    assert!(!lossy);
    assert!(std::str::from_utf8(&bytes).is_err(), "not UTF-8 too");
    // 序 is D0 F2 in GBK: two bytes, not UTF-8's three.
    assert_eq!(&bytes[..2], &[0xD0, 0xF2]);
    assert_eq!(read(&bytes), Ok((LEDGER.to_string(), Encoding::Gb18030)));
}

#[test]
fn a_four_byte_gb18030_sequence_is_read() {
    // U+20000 (𠀀) is not in GBK: GB18030 writes it in four bytes.
    let text = "任务,单位\r\n𠀀村道路硬化,县交通运输局\r\n";
    let (bytes, _, lossy) = encoding_rs::GB18030.encode(text);
    assert!(!lossy);
    let four = [0x95, 0x32, 0x82, 0x36];
    assert!(bytes.windows(4).any(|w| w == four), "{bytes:x?}");
    assert_eq!(read(&bytes), Ok((text.to_string(), Encoding::Gb18030)));
}

#[test]
fn utf16_both_ways_and_utf8_with_and_without_mark() {
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(LEDGER.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(LEDGER.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let bom: Vec<u8> = [0xEF, 0xBB, 0xBF]
        .into_iter()
        .chain(LEDGER.bytes())
        .collect();
    assert_eq!(read(&le), Ok((LEDGER.to_string(), Encoding::Utf16Le)));
    assert_eq!(read(&be), Ok((LEDGER.to_string(), Encoding::Utf16Be)));
    assert_eq!(read(&bom), Ok((LEDGER.to_string(), Encoding::Utf8Bom)));
    assert_eq!(
        read(LEDGER.as_bytes()),
        Ok((LEDGER.to_string(), Encoding::Utf8))
    );
    // Plain ASCII is UTF-8: the legacy decoder is not even asked.
    let never = |_: &[u8]| -> Option<String> { panic!("not asked") };
    assert_eq!(
        decode_text(b"Task,Lead unit\r\n", &never),
        Ok(("Task,Lead unit\r\n".to_string(), Encoding::Utf8))
    );
}

#[test]
fn bytes_that_are_no_text_are_refused_with_line_and_byte() {
    // Line 2 starts at byte 4; 0xFF is never a GB18030 lead byte.
    assert_eq!(
        read(b"a,b\n\xD6\xD0,\xFF\xFF\n"),
        Err(TextError::Unreadable {
            encoding: Encoding::Gb18030,
            offset: 7,
            line: 2
        })
    );
    // Well-formed four bytes with no character (pointer 39420): found by halving.
    let mut bytes = encoding_rs::GBK.encode("中文\n任务").0.into_owned();
    let at = bytes.len();
    bytes.extend([0x84, 0x31, 0xA5, 0x30]);
    bytes.extend(encoding_rs::GBK.encode("完成").0.iter());
    assert_eq!(gb18030(&bytes), None);
    assert_eq!(gb18030_error_offset(&bytes, &gb18030), at);
    assert_eq!(
        read(&bytes),
        Err(TextError::Unreadable {
            encoding: Encoding::Gb18030,
            offset: at,
            line: 2
        })
    );
    // A mark that the rest belies: read as what the mark says.
    assert_eq!(
        read(b"\xEF\xBB\xBFok\n\xFF"),
        Err(TextError::Unreadable {
            encoding: Encoding::Utf8Bom,
            offset: 6,
            line: 2
        })
    );
    assert_eq!(
        read(b"\xFF\xFEa\x00b"),
        Err(TextError::Unreadable {
            encoding: Encoding::Utf16Le,
            offset: 4,
            line: 1
        })
    );
    // In the user's language: what, where, and what to do.
    let e = read(b"a,b\n\xD6\xD0,\xFF\xFF\n").unwrap_err();
    let en = (Lang::En.catalog().csv.not_text)(&e);
    assert_eq!(
        en,
        "The file cannot be read: it is neither UTF-8 nor GBK/GB18030 text (line 2, byte 8 cannot be read). In Excel or WPS, open the file, choose Save As → “CSV UTF-8 (comma delimited)” and import the file saved."
    );
    let zh = (Lang::Zh.catalog().csv.not_text)(&e);
    assert_eq!(
        zh,
        "无法读取文件：文件既不是 UTF-8 编码，也不是 GBK/GB18030 编码（第 2 行第 8 个字节无法识别）。请在 Excel 或 WPS 中打开该文件，选择“另存为”→“CSV UTF-8（逗号分隔）”，再导入另存的文件。"
    );
}

#[test]
fn plan_files_keep_the_stricter_gate() {
    // The same GBK bytes are no plan file: only CSV reads GB18030.
    let (bytes, _, _) = encoding_rs::GBK.encode("{\"format\":\"计划\"}");
    assert_eq!(
        decode(&bytes),
        Err(plan_tracker::format::ImportError::NotText { offset: 11 })
    );
    assert!(plan_tracker::format::read_incoming(&bytes).is_err());
}

#[test]
fn too_large_is_refused_before_decoding() {
    let big = vec![b'a'; plan_tracker::format::MAX_FILE_BYTES as usize + 1];
    let never = |_: &[u8]| -> Option<String> { panic!("not asked") };
    assert_eq!(
        decode_text(&big, &never),
        Err(TextError::TooLarge {
            bytes: big.len() as u64
        })
    );
}

/// A county's 2024 plan with no areas, units or tasks.
fn county_2024() -> Plan {
    Plan::new(
        Id::new("county"),
        "县2024年重点任务",
        d(2024, 1, 1),
        d(2024, 12, 31),
    )
}

/// A county's ledger as offices keep it: a title row, a header of two
/// rows, sections (一、 二、) as the key areas, numbers that start again in
/// each section, and items (1), (2) under a task.
const SECTIONED_LEDGER: &str = "\
2024年县政府重点工作任务台账,,,,,\r\n\
序号,重点任务,责任单位,,完成时限,完成进度\r\n\
,,牵头单位,配合单位,,\r\n\
一、产业发展,,,,,\r\n\
1,建设农产品加工园区,县发改局,县农业农村局,2024年6月底,30%\r\n\
2,培育规上工业企业,县工信局,,年底,\r\n\
,,,,,\r\n\
二、民生改善,,,,,\r\n\
1,新建城关第二小学,县教育局,县住建局,2024年8月底,20%\r\n\
2,城区供水管网改造,县住建局,,年底,\r\n\
(1),改造老旧管网10公里,县住建局,,2024年9月底,10%\r\n\
(2),新建加压泵站1座,县住建局,,年底,\r\n\
三,社会治理,,,,\r\n\
1,建设县级综治中心,县委政法委,,年底,\r\n";

#[test]
fn a_ledger_s_sections_are_its_key_areas_and_its_numbers_are_read_within_them() {
    let plan = county_2024();
    let sheet = |text: &str, plan: &Plan, today: Date| {
        let table = find_header(parse_table(text).unwrap(), &WORDS);
        let mapping = guess_mapping(&table.headers, &WORDS);
        prepare(plan, &table, &mapping, &WORDS, today, &mut ids())
    };
    let import = sheet(SECTIONED_LEDGER, &plan, d(2024, 3, 15));
    let o = import.outcome();
    assert!(o.file.is_empty(), "{:?}", o.file);
    assert!(o.left_out.is_empty(), "{:?}", o.left_out);
    assert_eq!(o.added, 7);
    let areas: Vec<&str> = import.new_areas.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(areas, ["产业发展", "民生改善", "社会治理"]);
    let after = applied(&plan, &import);
    let task = |title: &str| after.tasks.iter().find(|t| t.title == title).unwrap();
    let area = |title: &str| after.area(&task(title).area).unwrap().title.clone();
    assert_eq!(area("培育规上工业企业"), "产业发展");
    assert_eq!(area("新建加压泵站1座"), "民生改善");
    assert_eq!(area("建设县级综治中心"), "社会治理");
    let codes: Vec<&str> = after.tasks.iter().map(|t| t.code.as_str()).collect();
    assert_eq!(codes, ["1.1", "1.2", "2.1", "2.2", "2.2.1", "2.2.2", "3.1"]);
    // Said once, where the numbers are first read so.
    let said = note_once(&o, |i| matches!(i, Issue::NumberInSection { .. }));
    assert_eq!(said.row, Some(5));
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(&said.issue),
        "表中各分节（一、二、……）的序号各自从头编起，编号按分节读：本行“1”记为“1.1”，其余各行同样。"
    );
    // No section row is a problem, nor read as a merged cell.
    assert!(o
        .notes
        .iter()
        .all(|p| ![4, 8, 13].contains(&p.row.unwrap())));

    // The same ledger a month later: the same tasks, by their numbers.
    let again = sheet(SECTIONED_LEDGER, &after, d(2024, 4, 15));
    assert_eq!((again.added(), again.updated(), again.unchanged), (0, 0, 7));

    // Numbers that run on through the sections are kept as written.
    let running = SECTIONED_LEDGER
        .replace("\r\n1,新建", "\r\n3,新建")
        .replace("\r\n2,城区", "\r\n4,城区")
        .replace("\r\n1,建设县级", "\r\n5,建设县级");
    let import = sheet(&running, &plan, d(2024, 3, 15));
    let after = applied(&plan, &import);
    let codes: Vec<&str> = after.tasks.iter().map(|t| t.code.as_str()).collect();
    assert_eq!(codes, ["1", "2", "3", "4", "(1)", "(2)", "5"]);
}

#[test]
fn the_gbk_fixture_imports_with_chinese_headers_and_office_dates() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/tasks-gbk-wps.csv");
    let bytes = std::fs::read(path).unwrap();
    assert!(decode(&bytes).is_err(), "the plan gate refuses it");
    let (text, encoding) = read(&bytes).unwrap();
    assert_eq!(encoding, Encoding::Gb18030);
    assert_eq!(
        (Lang::Zh.catalog().csv.read_as)(encoding),
        "已按 GBK/GB18030 编码读取（中文版 Excel/WPS 默认保存的格式）。"
    );
    assert_eq!(
        (Lang::En.catalog().csv.read_as)(encoding),
        "Read as GBK/GB18030 (Chinese Excel/WPS)."
    );
    // The sheet's title is row 1, the header row 2.
    let table = find_header(parse_table(&text).unwrap(), &WORDS);
    assert_eq!(table.header_row, 2);
    assert_eq!(table.above, vec!["某县2024年重点任务推进情况台账"]);
    let m = guess_mapping(&table.headers, &WORDS);
    // 序号,重点任务,重点领域,责任单位,协同单位,完成时限,目标要求,进展情况
    let mut want = vec![
        Some(0),
        Some(1),
        Some(2),
        Some(3),
        Some(4),
        None,
        None,
        None,
        Some(5),
        Some(6),
        None,
        None,
        None,
        None,
        // 进展情况: what was done, without a progress column.
        None,
        None,
        Some(7),
        None,
        None,
    ];
    want.extend(text_rows().map(|_| None));
    assert_eq!(columns(&m), want);
    assert!(m.unused(table.headers.len()).is_empty());
    let plan = county_2024();
    let import = prepare(&plan, &table, &m, &WORDS, today(), &mut ids());
    let outcome = import.outcome();
    assert_eq!((outcome.added, outcome.updated, outcome.blocked), (3, 0, 0));
    // Row 3 tells what was done, without a progress: a report at 0%, said.
    assert_eq!(outcome.reports, 1);
    assert!(outcome
        .notes
        .iter()
        .any(|p| p.row == Some(3) && p.issue == Issue::ProgressKept(None)));
    assert_eq!(outcome.left_out.len(), 1);
    assert_eq!(outcome.left_out[0].row, 6);
    assert_eq!(
        outcome.left_out[0].problems[0].issue,
        Issue::NotADate {
            text: "尽快".into(),
            year: 2024
        }
    );
    let zh = Lang::Zh.catalog().csv;
    let p = outcome.left_out[0].problems[0];
    assert_eq!(
        (zh.located)(p.row, p.column.as_deref(), &(zh.issue)(&p.issue)),
        "第 6 行“完成时限”列：“尽快”不是可识别的日期，请写作 2024-06-30、2024/6/30、2024年6月30日或2024年6月底。"
    );
    let after = applied(&plan, &import);
    let s = said(&after);
    assert_eq!(
        s[0],
        Said {
            code: "1".into(),
            title: "建成县级政务服务中心".into(),
            area: "数字政府建设".into(),
            lead: "县政务服务中心".into(),
            co: vec!["县发展改革局".into(), "县财政局".into()],
            leader: String::new(),
            tier: Tier::Regular,
            start: None,
            deadline: Some(d(2024, 4, 30)),
            tags: vec![],
            texts: vec![String::new(); text_rows().count()],
            source: (SourceKind::Plan, String::new(), None),
        }
    );
    assert_eq!(after.tasks[0].requirement.text, "6月底前投入使用");
    let [u] = &after.updates[..] else {
        panic!("one report: {:?}", after.updates)
    };
    assert_eq!(u.subject, Subject::Task(after.tasks[0].id.clone()));
    assert_eq!(
        (u.date, u.progress, u.narrative.as_str()),
        (today(), 0.0, "主体工程已完工")
    );
    assert_eq!(s[1].deadline, Some(d(2024, 6, 30)));
    assert_eq!(
        (s[1].lead.as_str(), s[1].co.clone()),
        ("县住房城乡建设局", vec!["县财政局".to_string()])
    );
    assert_eq!(
        s[2].deadline,
        Some(d(2024, 12, 31)),
        "年底: the plan's year"
    );
}

// --- Headers: the usual names of every column ------------------------------------

/// What each header of a set is read as, in order (None: not read).
fn read_as(hs: &[&str]) -> Vec<Option<Field>> {
    let m = guess_mapping(&headers(hs), &WORDS);
    (0..hs.len())
        .map(|c| Field::all().into_iter().find(|f| m.get(*f) == Some(c)))
        .collect()
}

#[test]
fn header_sets_offices_use() {
    use Field::*;
    let table: &[(&[&str], &[Option<Field>])] = &[
        // 责任单位 alone is the lead unit; 协同单位 the co-operating units.
        (
            &["序号", "重点任务", "责任单位", "协同单位", "完成时限"],
            &[
                Some(Code),
                Some(Title),
                Some(Lead),
                Some(CoUnits),
                Some(Deadline),
            ],
        ),
        // Beside 牵头单位, 责任单位 is read as the co-operating units.
        (
            &["编号", "工作任务", "牵头单位", "责任单位", "时限"],
            &[
                Some(Code),
                Some(Title),
                Some(Lead),
                Some(CoUnits),
                Some(Deadline),
            ],
        ),
        // ... and the same when it comes first.
        (
            &["责任单位", "牵头单位", "任务名称"],
            &[Some(CoUnits), Some(Lead), Some(Title)],
        ),
        // Beside 配合单位, 责任单位 is the lead.
        (
            &["任务", "责任单位", "配合单位", "截止日期"],
            &[Some(Title), Some(Lead), Some(CoUnits), Some(Deadline)],
        ),
        (
            &[
                "序号",
                "任务名称",
                "主责单位",
                "协办单位",
                "完成时间",
                "分管领导",
            ],
            &[
                Some(Code),
                Some(Title),
                Some(Lead),
                Some(CoUnits),
                Some(Deadline),
                Some(Leader),
            ],
        ),
        (
            &[
                "序号",
                "重点领域",
                "重点任务",
                "目标要求",
                "牵头单位",
                "配合单位",
                "完成时限",
                "进展情况",
                "存在问题",
                "备注",
            ],
            &[
                Some(Code),
                Some(Area),
                Some(Title),
                Some(Requirement),
                Some(Lead),
                Some(CoUnits),
                Some(Deadline),
                Some(Narrative),
                Some(Problems),
                None,
            ],
        ),
        (
            &[
                "工作任务",
                "工作要求",
                "责任单位（部门）",
                "完成进度",
                "完成时限（年月日）",
            ],
            &[
                Some(Title),
                Some(Requirement),
                Some(Lead),
                Some(Progress),
                Some(Deadline),
            ],
        ),
        // A header naming a report's column and a task's field is the
        // report's; a column not read is never taken for a field its
        // header contains.
        (
            &[
                "任务名称",
                "重点任务完成情况",
                "牵头单位",
                "领域",
                "任务状态",
            ],
            &[Some(Title), Some(Narrative), Some(Lead), Some(Area), None],
        ),
        (
            &[
                "序号",
                "重点任务",
                "责任单位",
                "完成进度（%）",
                "工作进展情况",
                "存在的问题",
                "下一步计划",
                "填报日期",
            ],
            &[
                Some(Code),
                Some(Title),
                Some(Lead),
                Some(Progress),
                Some(Narrative),
                Some(Problems),
                Some(NextSteps),
                Some(ReportDate),
            ],
        ),
        (
            &[
                "No.",
                "Task",
                "Responsible unit",
                "Co-operating units",
                "Due date",
                "Progress",
            ],
            &[
                Some(Code),
                Some(Title),
                Some(Lead),
                Some(CoUnits),
                Some(Deadline),
                Some(Progress),
            ],
        ),
        (
            &[
                "Lead unit",
                "Responsible units",
                "Title",
                "Deadline",
                "Requirement",
            ],
            &[
                Some(Lead),
                Some(CoUnits),
                Some(Title),
                Some(Deadline),
                Some(Requirement),
            ],
        ),
        (
            &[
                "Task name",
                "Lead department",
                "Supporting units",
                "Completion date",
                "Leader",
                "Status",
            ],
            &[
                Some(Title),
                Some(Lead),
                Some(CoUnits),
                Some(Deadline),
                Some(Leader),
                None,
            ],
        ),
    ];
    for (hs, want) in table {
        assert_eq!(read_as(hs), want.to_vec(), "{hs:?}");
    }
}

/// A task's text column is read from a header that is one of its words
/// (its label in either language among them), first, between or last,
/// with or without a bracketed note ("经费来源（万元）").
#[test]
fn every_word_of_a_text_column_names_it() {
    use Field::{Lead, Title};
    for f in Field::texts() {
        let x = f.text().unwrap();
        let words = x.csv.unwrap();
        for lang in Lang::ALL {
            let label = lang.catalog().task_text_label(x.key);
            assert!(words.contains(&label), "{} {lang:?}: {label}", x.key);
        }
        for w in words {
            let noted = format!("{w}（万元）");
            assert_eq!(
                read_as(&["任务名称", "牵头单位", w]),
                vec![Some(Title), Some(Lead), Some(f)],
                "{w}"
            );
            assert_eq!(
                read_as(&["重点任务", &noted, "责任单位"]),
                vec![Some(Title), Some(f), Some(Lead)],
                "{noted}"
            );
            assert_eq!(
                read_as(&[w, "Task", "Lead unit"]),
                vec![Some(f), Some(Title), Some(Lead)],
                "{w}"
            );
        }
    }
}

#[test]
fn every_catalog_header_and_tier_name_is_in_the_words() {
    for lang in Lang::ALL {
        let t = lang.catalog();
        for f in Field::all() {
            let name = (t.csv.field_name)(f);
            assert_eq!(read_as(&[name]), vec![Some(f)], "{lang:?} {name}");
        }
        for tier in [Tier::Regular, Tier::Key, Tier::KeyBreakthrough] {
            assert_eq!(
                parse_tier((t.tier_name)(tier), &WORDS),
                Some(tier),
                "{lang:?}"
            );
        }
    }
}

#[test]
fn a_responsible_column_naming_the_lead_too_gives_it_as_lead_only() {
    let plan = county_2024();
    let import = import(
        &plan,
        "任务名称,重点领域,牵头单位,责任单位\r\n修路,交通,县交通运输局,县交通运输局、县财政局\r\n",
    );
    let after = applied(&plan, &import);
    assert_eq!(said(&after)[0].co, vec!["县财政局"]);
}

// --- Dates offices write ---------------------------------------------------------

#[test]
fn the_date_table() {
    let table: &[(&str, Option<Date>)] = &[
        ("2024-06-30", Some(d(2024, 6, 30))),
        ("2024-6-30", Some(d(2024, 6, 30))),
        ("2024/6/30", Some(d(2024, 6, 30))),
        ("2024.6.30", Some(d(2024, 6, 30))),
        ("2024/6/30 0:00:00", Some(d(2024, 6, 30))),
        ("2024年6月30日", Some(d(2024, 6, 30))),
        ("2024年6月30号", Some(d(2024, 6, 30))),
        ("２０２４年６月３０日", Some(d(2024, 6, 30))),
        ("2024年4月底", Some(d(2024, 4, 30))),
        ("2024年4月底前", Some(d(2024, 4, 30))),
        ("2024年2月底", Some(d(2024, 2, 29))),
        ("2023年2月末", Some(d(2023, 2, 28))),
        ("2024年6月", Some(d(2024, 6, 30))),
        ("2024年12月", Some(d(2024, 12, 31))),
        ("2024年11月份", Some(d(2024, 11, 30))),
        ("2024年", Some(d(2024, 12, 31))),
        ("2024年底", Some(d(2024, 12, 31))),
        ("2025年末", Some(d(2025, 12, 31))),
        ("2024年上半年", Some(d(2024, 6, 30))),
        ("2024年下半年", Some(d(2024, 12, 31))),
        ("2024年一季度", Some(d(2024, 3, 31))),
        ("2024年第三季度末", Some(d(2024, 9, 30))),
        // The plan's year where the text has none (this plan: 2024).
        ("6月30日", Some(d(2024, 6, 30))),
        ("6月30日前", Some(d(2024, 6, 30))),
        ("9月底", Some(d(2024, 9, 30))),
        ("10月", Some(d(2024, 10, 31))),
        ("年底", Some(d(2024, 12, 31))),
        ("年底前", Some(d(2024, 12, 31))),
        ("年末", Some(d(2024, 12, 31))),
        ("上半年", Some(d(2024, 6, 30))),
        ("下半年", Some(d(2024, 12, 31))),
        ("二季度", Some(d(2024, 6, 30))),
        ("第4季度", Some(d(2024, 12, 31))),
        // A month written with figures alone: its last day.
        ("2024-6", Some(d(2024, 6, 30))),
        ("2024-06", Some(d(2024, 6, 30))),
        ("2024.6", Some(d(2024, 6, 30))),
        ("2024/12", Some(d(2024, 12, 31))),
        // A date cell Excel shows as a number (days since 1899-12-30).
        ("45473", Some(d(2024, 6, 30))),
        ("45107", Some(d(2023, 6, 30))),
        // Spaces between the parts, a time after the date, 前完成 after it.
        ("2024年 6月底", Some(d(2024, 6, 30))),
        ("2024 年 6 月 30 日", Some(d(2024, 6, 30))),
        ("2024/6/30 0:00", Some(d(2024, 6, 30))),
        ("2024-06-30 00:00:00", Some(d(2024, 6, 30))),
        ("2024年6月30日前完成", Some(d(2024, 6, 30))),
        ("6月底前完成", Some(d(2024, 6, 30))),
        // Not dates.
        ("2024年6月 12月", None),
        ("2024/6/30 上午", None),
        ("2024-13", None),
        ("12345", None),
        ("100000", None),
        ("2024-6-", None),
        ("2024/13/01", None),
        ("2024-02-30", None),
        ("30/06/2024", None),
        ("24-6-30", None),
        ("2024年13月", None),
        ("2024年0月", None),
        ("2024年6月31日", None),
        ("13月底", None),
        ("五季度", None),
        ("尽快", None),
        ("长期坚持", None),
        ("soon", None),
        ("", None),
    ];
    for (s, want) in table {
        assert_eq!(parse_date(s, 2024), *want, "{s}");
    }
}

#[test]
fn a_date_message_gives_examples_in_the_plan_year() {
    let plan = county_2024();
    let import = import(
        &plan,
        "任务名称,重点领域,牵头单位,完成时限\r\n修路,交通,县交通运输局,下月\r\n",
    );
    let en = Lang::En.catalog().csv;
    let p = &import.problems[0];
    assert_eq!(
        (en.issue)(&p.issue),
        "“下月” is not a date; write it as 2024-06-30, 2024/6/30, 2024年6月30日 or 2024年6月底 (end of June)."
    );
}

// --- The preview's counts are the lengths of its lists ---------------------------

#[test]
fn the_summary_counts_are_the_lists_lengths() {
    let plan = sample_plan(Lang::En);
    // Row 3 has two problems: one row left out, listed once.
    let text = "Task,Key area,Lead unit,Deadline\r\n\
        A,Province-wide key tasks for transformation,General Office of the Provincial Party Committee,2023-12-31\r\n\
        ,Province-wide key tasks for transformation,,someday\r\n\
        C,Province-wide key tasks for transformation,General Office of the Provincial Party Committee,soon\r\n";
    let import = import(&plan, text);
    let o = import.outcome();
    assert_eq!(
        (o.added, o.updated, o.blocked, o.left_out.len()),
        (1, 0, 0, 2)
    );
    assert_eq!(o.left_out[0].row, 3);
    assert_eq!(o.left_out[0].problems.len(), 3);
    assert_eq!(import.left_out(), 2);
    let en = Lang::En.catalog().csv;
    assert_eq!(
        (en.summary)(o.added, o.updated, o.reports, o.unchanged, o.left_out.len()),
        "1 task will be added and 0 updated. 2 rows are left out because of the problems below."
    );
    assert_eq!((en.left_out_title)(o.left_out.len()), "Rows left out (2)");
    // Every row is in exactly one place.
    assert_eq!(o.added + o.updated + o.blocked + o.left_out.len(), 3);

    // A required field without a column stops every row: said as such, with
    // the file's problem in its own list, and no "rows left out" list.
    let import = self::import(
        &plan,
        "任务名称,协同单位,完成时限\r\n甲,省财政厅,2023年4月底\r\n乙,省财政厅,年底\r\n",
    );
    let o = import.outcome();
    assert_eq!(
        (o.added, o.blocked, o.left_out.len(), o.file.len()),
        (0, 2, 0, 2)
    );
    assert_eq!(import.left_out(), 2);
    assert_eq!(
        (en.blocked)(o.blocked),
        "None of the 2 rows can be imported until the problem with the file below is put right."
    );
    assert_eq!(
        (en.file_problems_title)(o.file.len()),
        "Problems with the file (2)"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any bytes: text or an error, never a panic; and the place an error
    /// names is right: everything before it reads, the byte there does not.
    #[test]
    fn decoding_names_the_first_unreadable_byte(
        bytes in prop::collection::vec(
            prop_oneof![any::<u8>(), 0x81u8..0xFF, 0x30u8..0x3A, Just(b'\n')],
            0..64,
        )
    ) {
        match read(&bytes) {
            Ok((text, Encoding::Gb18030)) => prop_assert_eq!(Some(text), gb18030(&bytes)),
            Ok(_) => {}
            Err(TextError::Unreadable { encoding: Encoding::Gb18030, offset, line }) => {
                prop_assert!(gb18030(&bytes[..offset]).is_some(), "{bytes:x?} {offset}");
                prop_assert!(offset < bytes.len());
                prop_assert_eq!(line, 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count());
            }
            // Otherwise only a mark makes the bytes UTF-8 or UTF-16.
            Err(e) => prop_assert!(
                matches!(bytes.as_slice(), [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] | [0xEF, 0xBB, 0xBF, ..]),
                "{e:?}"
            ),
        }
    }
}

// --- Ledgers as offices keep them: a title above the header, ongoing tasks ------

#[test]
fn a_title_row_above_the_header_is_passed_over() {
    let text = "XX县2024年重点任务台账,,,,\r\n\
        填报单位：县委督查室,,,填报日期：2024年4月8日,\r\n\
        序号,重点任务,重点领域,责任单位,完成时限\r\n\
        1,推进重点任务落实,城乡建设,县住房城乡建设局,2024年6月\r\n";
    let table = find_header(parse_table(text).unwrap(), &WORDS);
    assert_eq!(table.header_row, 3);
    assert_eq!(
        table.above,
        vec![
            "XX县2024年重点任务台账",
            "填报单位：县委督查室 填报日期：2024年4月8日"
        ]
    );
    assert_eq!(table.headers[1], "重点任务");
    assert_eq!(table.rows.len(), 1);
    assert_eq!(
        table.rows[0].number, 4,
        "rows keep the spreadsheet's numbers"
    );
    let import = prepare(
        &county_2024(),
        &table,
        &guess_mapping(&table.headers, &WORDS),
        &WORDS,
        today(),
        &mut ids(),
    );
    assert_eq!(import.problems.len(), 2, "a new area and a new unit");
    assert_eq!(import.rows[0].row, 4);
    assert_eq!(import.rows[0].task.deadline, Some(d(2024, 6, 30)));
    let en = Lang::En.catalog().csv;
    assert_eq!(
        (en.above_header)(table.header_row, &table.above.join(en.list_sep)),
        "The header is row 3; what is above it is not read: “XX县2024年重点任务台账; 填报单位：县委督查室 填报日期：2024年4月8日”."
    );
    // A header on the first row stays there, even when a task row below
    // contains a field's name.
    let plain = "任务名称,重点领域,牵头单位\r\n落实重点任务,重点领域一,县政府办\r\n";
    let table = find_header(parse_table(plain).unwrap(), &WORDS);
    assert_eq!((table.header_row, table.rows.len()), (1, 1));
    assert!(table.above.is_empty());
}

#[test]
fn an_ongoing_task_has_no_deadline_and_a_note() {
    for s in [
        "长期坚持",
        "持续推进",
        "常态化",
        "Ongoing",
        "每季度",
        "每月",
    ] {
        assert!(ongoing(s), "{s}");
        assert_eq!(parse_date(s, 2024), None);
    }
    assert!(!ongoing("2024年底"));
    let import = import(
        &county_2024(),
        "任务名称,重点领域,牵头单位,完成时限\r\n巩固创卫成果,城乡建设,县卫生健康委,长期坚持\r\n",
    );
    assert_eq!(import.rows.len(), 1);
    assert_eq!(import.rows[0].task.deadline, None);
    let notes: Vec<&Issue> = import.outcome().notes.iter().map(|p| &p.issue).collect();
    assert!(
        notes.contains(&&Issue::Ongoing("长期坚持".into())),
        "{notes:?}"
    );
    let zh = Lang::Zh.catalog().csv;
    assert_eq!(
        (zh.issue)(&Issue::Ongoing("长期坚持".into())),
        "“长期坚持”表示长期或定期开展的任务，没有单一的完成时限，按不设日期导入。"
    );
}

// --- Codes a spreadsheet rewrote, titles already there, units told apart --

/// The county plan with tasks 1.1, 1.10 and 001 under one area and unit.
fn county_with_codes() -> Plan {
    let mut plan = county_2024();
    plan.areas.push(KeyArea {
        id: Id::new("a1"),
        title: "城乡建设".into(),
        description: String::new(),
        goal: None,
    });
    for (id, name) in [
        ("u1", "县住建局"),
        ("u2", "高新区（东区）管委会"),
        ("u3", "县财政局"),
        ("u4", "县委办公室"),
    ] {
        plan.units.push(Unit {
            id: Id::new(id),
            name: name.into(),
            kind: UnitKind::Department,
            parent: None,
        });
    }
    for (id, code, title) in [
        ("t1", "1.1", "老旧小区改造"),
        ("t10", "1.10", "城市燃气管道更新"),
        ("t001", "001", "背街小巷整治"),
    ] {
        plan.tasks.push(Task::new(
            Id::new(id),
            code,
            title,
            Id::new("a1"),
            Id::new("u1"),
        ));
    }
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    plan
}

const HEAD: &str = "编号,任务名称,重点领域,牵头单位,配合单位\r\n";

/// Each problem and note with its row.
fn by_row(import: &CsvImport) -> Vec<(usize, &Issue)> {
    import
        .problems
        .iter()
        .map(|p| (p.row.unwrap(), &p.issue))
        .collect()
}

#[test]
fn a_code_a_spreadsheet_rewrote_updates_the_task_of_that_title() {
    let plan = county_with_codes();
    // Excel turned 1.10 into 1.1 and 001 into 1. (Rows of a number with
    // another title update that task: the second row is then task 1.1's
    // second row.)
    let text = format!("{HEAD}1.1,老旧小区改造,城乡建设,县住建局,\r\n1.1,城市燃气管道更新（修订）,城乡建设,县住建局,\r\n1.1,城市燃气管道更新,城乡建设,县财政局,\r\n1,背街小巷整治,城乡建设,县住建局,\r\n");
    let import = import_renaming(&plan, &text);
    let issues = by_row(&import);
    assert_eq!(
        issues,
        vec![
            // Row 2 is task 1.1 as it stands, and changes nothing; row 3
            // has another title, of no task: task 1.1's, for the second time.
            (
                3,
                &Issue::DuplicateCode {
                    code: "1.1".into(),
                    first_row: 2
                }
            ),
            (
                4,
                &Issue::CodeRewritten {
                    written: "1.1".into(),
                    code: "1.10".into()
                }
            ),
        ]
    );
    // Row 5 is task 001 as it stands (its code rewritten as 1).
    assert_eq!(import.unchanged, 2);
    let after = applied(&plan, &import);
    assert_eq!(after.tasks.len(), 3);
    let t10 = after.task(&Id::new("t10")).unwrap();
    assert_eq!((t10.code.as_str(), t10.lead.as_str()), ("1.10", "u3"));
    assert_eq!(after.task(&Id::new("t1")).unwrap().title, "老旧小区改造");
    assert_eq!(after.task(&Id::new("t001")).unwrap().code, "001");
}

#[test]
fn a_task_renamed_through_its_code_a_new_row_of_a_known_title_and_a_row_without_a_number_are_said()
{
    let plan = county_with_codes();
    let text = format!("{HEAD}1.1,老旧小区改造提质,城乡建设,县住建局,\r\n2.1,背街小巷整治,城乡建设,县住建局,\r\n,城市燃气管道更新,城乡建设,县住建局,县财政局\r\n");
    let import = import_renaming(&plan, &text);
    let issues: Vec<&Issue> = import.problems.iter().map(|p| &p.issue).collect();
    // A row without a number is the plan's one task of its title: it is
    // updated, not added beside it.
    assert_eq!(
        issues,
        vec![
            &Issue::Renames {
                code: "1.1".into(),
                from: "老旧小区改造".into()
            },
            &Issue::SameTitle { code: "001".into() },
            &Issue::UpdatesTask {
                code: "1.10".into(),
                fields: vec![Field::CoUnits]
            },
        ]
    );
    assert_eq!((import.updated(), import.added()), (2, 1));
    let zh = Lang::Zh.catalog().csv;
    assert_eq!(
        (zh.issue)(issues[1]),
        "规划中已有同名任务（编号“001”），本行仍作为新任务添加，请核对是否重复。"
    );
}

#[test]
fn tasks_added_without_numbers_come_back_from_their_own_sheet_unchanged() {
    // A county's tasks added by hand, without numbers; the sheet the app
    // exports, sent to the units and taken back, is each task again.
    let mut plan = county_with_codes();
    for t in &mut plan.tasks {
        t.code.clear();
    }
    for lang in [Lang::Zh, Lang::En] {
        let import = import(&plan, &export_all(&plan, lang));
        assert_eq!(
            (import.added(), import.updated(), import.unchanged),
            (0, 0, 3),
            "{lang:?}: {:?}",
            import.problems
        );
    }
    // A row that changes one: that task, by its title.
    let text = format!("{HEAD},城市燃气管道更新,城乡建设,县住建局,县财政局\r\n,城市燃气管道更新,城乡建设,县住建局,\r\n");
    let import = import(&plan, &text);
    assert_eq!((import.added(), import.updated()), (0, 1));
    let after = applied(&plan, &import);
    assert_eq!(after.tasks.len(), 3);
    assert_eq!(
        after.task(&Id::new("t10")).unwrap().co_units,
        vec![Id::new("u3")]
    );
    // The second row of the same title is that task again: left out, said so.
    let second = import.problems.iter().find(|p| p.row == Some(3)).unwrap();
    assert_eq!(
        second.issue,
        Issue::DuplicateCode {
            code: String::new(),
            first_row: 2
        }
    );
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(&second.issue),
        "本行与第 2 行是同一项任务（同名，均无编号）。"
    );
}

#[test]
fn a_unit_s_short_name_is_read_as_that_unit_and_said_once() {
    let mut plan = county_with_codes();
    for (id, name) in [
        ("u5", "县发展和改革局"),
        ("u6", "县住房和城乡建设服务中心"),
        ("u7", "县文化广电和旅游局"),
        ("u8", "县文化和旅游发展中心局"),
    ] {
        plan.units.push(Unit {
            id: Id::new(id),
            name: name.into(),
            kind: UnitKind::Department,
            parent: None,
        });
    }
    let text = format!("{HEAD}7.1,甲,城乡建设,县发改局,县财政局\r\n7.2,乙,城乡建设,县发改局,\r\n7.3,丙,城乡建设,县文旅局,县发改局\r\n");
    let import = import(&plan, &text);
    let issues = by_row(&import);
    // 县发改局 is 县发展和改革局, said at its first row only; 县文旅局 could
    // be either of two units, so it is a new one.
    assert_eq!(
        issues,
        vec![
            (
                2,
                &Issue::ShortName {
                    written: "县发改局".into(),
                    name: "县发展和改革局".into()
                }
            ),
            (4, &Issue::NewUnit("县文旅局".into())),
        ]
    );
    let after = applied(&plan, &import);
    let lead = |code: &str| {
        after
            .tasks
            .iter()
            .find(|t| t.code == code)
            .unwrap()
            .lead
            .clone()
    };
    assert_eq!((lead("7.1"), lead("7.2")), (Id::new("u5"), Id::new("u5")));
    let t73 = after.tasks.iter().find(|t| t.code == "7.3").unwrap();
    assert_eq!(t73.co_units, vec![Id::new("u5")]);
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(issues[0].1),
        "“县发改局”按本规划的单位“县发展和改革局”读入（简称）。"
    );
    // A unit's own name comes first; without it, a name ending otherwise
    // (局, not 中心) is no short name: a new unit.
    assert_eq!(lead_of(&plan, "县住建局"), Id::new("u1"));
    plan.units[0].name = "县住房保障服务中心".into();
    assert!(!["u1", "u6"].contains(&lead_of(&plan, "县住建局").as_str()));
}

#[test]
fn a_place_s_unit_is_no_short_name_of_the_same_unit_of_a_place_inside_it() {
    // A city's sheet names a district's government before the city's own,
    // and the province's after a city's: each is a unit of its own.
    let plan = county_with_codes();
    let text = format!(
        "{HEAD}8.1,甲,城乡建设,太原市小店区人民政府,\r\n8.2,乙,城乡建设,太原市人民政府,\r\n\
         8.3,丙,城乡建设,山西省忻州市人民政府,\r\n8.4,丁,城乡建设,山西省人民政府,忻州市岢岚县人民政府\r\n\
         8.5,戊,城乡建设,忻州市人民政府,\r\n8.6,己,城乡建设,太原市小店区政府,太原市政府\r\n\
         8.7,庚,城乡建设,阳泉市城区人民政府,阳泉市人民政府\r\n8.8,辛,城乡建设,县城乡规划局,\r\n\
         8.9,壬,城乡建设,县规划局,\r\n"
    );
    let import = import(&plan, &text);
    let issues = by_row(&import);
    let new = |row, name: &str| (row, Issue::NewUnit(name.into()));
    let short = |row, written: &str, name: &str| {
        (
            row,
            Issue::ShortName {
                written: written.into(),
                name: name.into(),
            },
        )
    };
    assert_eq!(
        issues
            .into_iter()
            .map(|(r, i)| (r, i.clone()))
            .collect::<Vec<_>>(),
        vec![
            new(2, "太原市小店区人民政府"),
            new(3, "太原市人民政府"),
            new(4, "山西省忻州市人民政府"),
            new(5, "山西省人民政府"),
            new(5, "忻州市岢岚县人民政府"),
            new(6, "忻州市人民政府"),
            // Short names still read, a place's own word left out
            // (人民) and not a place inside it.
            short(7, "太原市小店区政府", "太原市小店区人民政府"),
            short(7, "太原市政府", "太原市人民政府"),
            // A district of one character and 区 is a place too; 城乡 is
            // a word.
            new(8, "阳泉市城区人民政府"),
            new(8, "阳泉市人民政府"),
            new(9, "县城乡规划局"),
            short(10, "县规划局", "县城乡规划局"),
        ]
    );
    let after = applied(&plan, &import);
    let lead = |code: &str| {
        let t = after.tasks.iter().find(|t| t.code == code).unwrap();
        after.unit(&t.lead).unwrap().name.clone()
    };
    assert_eq!(lead("8.2"), "太原市人民政府");
    assert_eq!(lead("8.4"), "山西省人民政府");
    assert_eq!(lead("8.5"), "忻州市人民政府");
    assert_eq!(lead("8.6"), "太原市小店区人民政府");
}

/// The lead unit a one-row sheet naming `unit` gives its task.
fn lead_of(plan: &Plan, unit: &str) -> Id {
    let import = import(plan, &format!("{HEAD}9.9,壬,城乡建设,{unit},\r\n"));
    applied(plan, &import).tasks.last().unwrap().lead.clone()
}

#[test]
fn units_told_apart_by_brackets_stay_two_and_a_role_in_brackets_is_no_name() {
    let plan = county_with_codes();
    let text = format!("{HEAD}5.1,甲,城乡建设,高新区（东区）管委会,\r\n5.2,乙,城乡建设,高新区（西区）管委会,县财政局（配合）\r\n5.3,丙,城乡建设,县财政局（牵头）,高新区(东区)管委会\r\n");
    let import = import(&plan, &text);
    let issues: Vec<&Issue> = import.problems.iter().map(|p| &p.issue).collect();
    assert_eq!(issues, vec![&Issue::NewUnit("高新区（西区）管委会".into())]);
    let after = applied(&plan, &import);
    let lead = |code: &str| {
        let t = after.tasks.iter().find(|t| t.code == code).unwrap();
        after.unit(&t.lead).unwrap().name.clone()
    };
    assert_eq!(lead("5.1"), "高新区（东区）管委会");
    assert_eq!(lead("5.2"), "高新区（西区）管委会");
    assert_eq!(lead("5.3"), "县财政局");
    let t52 = after.tasks.iter().find(|t| t.code == "5.2").unwrap();
    assert_eq!(t52.co_units, vec![Id::new("u3")]);
    let t53 = after.tasks.iter().find(|t| t.code == "5.3").unwrap();
    assert_eq!(t53.co_units, vec![Id::new("u2")]);
}

#[test]
fn a_lead_cell_of_several_units_leads_with_the_marked_or_first_and_the_rest_co_operate() {
    let plan = county_with_codes();
    let text = format!("{HEAD}6.1,甲,城乡建设,县住建局、县财政局,县委办公室\r\n6.2,乙,城乡建设,县财政局、县住建局（牵头）,\r\n6.3,丙,城乡建设,县住建局,县委办公室/县财政局\r\n6.4,丁,城乡建设,县住建局,县委办公室 县财政局\r\n");
    let import = import(&plan, &text);
    let issues = by_row(&import);
    assert_eq!(
        issues,
        vec![
            (
                2,
                &Issue::SeveralLeads {
                    lead: "县住建局".into(),
                    others: vec!["县财政局".into()]
                }
            ),
            (
                3,
                &Issue::SeveralLeads {
                    lead: "县住建局".into(),
                    others: vec!["县财政局".into()]
                }
            ),
        ]
    );
    let after = applied(&plan, &import);
    let task = |code: &str| after.tasks.iter().find(|t| t.code == code).unwrap().clone();
    assert_eq!(task("6.1").lead, Id::new("u1"));
    assert_eq!(task("6.1").co_units, vec![Id::new("u3"), Id::new("u4")]);
    assert_eq!(task("6.2").lead, Id::new("u1"));
    assert_eq!(task("6.2").co_units, vec![Id::new("u3")]);
    // Known units written with a slash or a space between them.
    assert_eq!(task("6.3").co_units, vec![Id::new("u4"), Id::new("u3")]);
    assert_eq!(task("6.4").co_units, vec![Id::new("u4"), Id::new("u3")]);
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(issues[0].1),
        "牵头单位一栏有多个单位：“县住建局”作为牵头单位，“县财政局”作为配合单位。"
    );
}

/// Units the plan does not have yet, parted in a lead cell by a comma
/// (full-width or not) or a slash: as many units, the first leading.
#[test]
fn new_units_in_a_lead_cell_parted_by_commas_or_slashes_are_several() {
    let plan = county_with_codes();
    let text = format!("{HEAD}7.1,甲,城乡建设,市科技局，市财政局,\r\n7.2,乙,城乡建设,\"市科技局,市财政局\",\r\n7.3,丙,城乡建设,市财政局/市科技局,市市场监管局／市统计局\r\n");
    let import = import(&plan, &text);
    let names: Vec<&str> = import.new_units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["市科技局", "市财政局", "市市场监管局", "市统计局"]);
    let after = applied(&plan, &import);
    let unit = |id: &Id| after.unit(id).unwrap().name.clone();
    let task = |code: &str| after.tasks.iter().find(|t| t.code == code).unwrap().clone();
    for (code, lead, co) in [
        ("7.1", "市科技局", vec!["市财政局"]),
        ("7.2", "市科技局", vec!["市财政局"]),
        (
            "7.3",
            "市财政局",
            vec!["市科技局", "市市场监管局", "市统计局"],
        ),
    ] {
        let t = task(code);
        assert_eq!(unit(&t.lead), lead, "{code}");
        assert_eq!(
            t.co_units.iter().map(unit).collect::<Vec<_>>(),
            co,
            "{code}"
        );
    }
    assert!(by_row(&import)
        .iter()
        .any(|(row, i)| *row == 2 && matches!(i, Issue::SeveralLeads { .. })));
}

/// Into a plan with no units yet: a lead unit whose name holds a comma
/// ("Qibin District People's Government, Hebi") is one unit, made once, and
/// the co-operating cells that name it find it.
#[test]
fn the_sample_comes_back_into_an_empty_plan_with_its_units_whole() {
    for lang in Lang::ALL {
        let plan = sample_plan(lang);
        let text = export_all(&plan, lang);
        let empty = Plan::new(Id::new("p"), "P", d(2023, 1, 1), d(2023, 12, 31));
        let import = import(&empty, &decode(text.as_bytes()).unwrap().0);
        assert!(
            import
                .problems
                .iter()
                .all(|p| matches!(p.issue, Issue::NewUnit(_) | Issue::NewArea(_))),
            "{lang:?}: {:?}",
            import.problems
        );
        let after = applied(&empty, &import);
        assert_eq!(said(&after), said(&plan), "{lang:?}");
    }
}

#[test]
fn a_workbook_is_named_as_one_not_as_unreadable_text() {
    use plan_tracker::format::ImportError;
    let xlsx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml";
    let xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0];
    for bytes in [&xlsx[..], &xls[..]] {
        assert_eq!(decode(bytes), Err(ImportError::Workbook));
        assert_eq!(decode_text(bytes, &|_| None), Err(TextError::Workbook));
    }
    assert_eq!(
        (Lang::Zh.catalog().csv.not_text)(&TextError::Workbook),
        "这是 Excel 或 WPS 工作簿，不是保存为文本的表格。请在 Excel 或 WPS 中打开该文件，选择“另存为”→“CSV UTF-8（逗号分隔）”，再导入另存的文件。"
    );
}

#[test]
fn a_second_batch_numbered_from_1_is_added_beside_the_first_not_over_it() {
    // The plan has tasks 1.1, 1.10 and 001 (1); a second sheet numbers its
    // rows 1, 1.1 … as any sheet does, with titles of its own.
    let plan = county_with_codes();
    let text = format!("{HEAD}1,新建县人民医院新院区,城乡建设,县住建局,\r\n1.1,实施供水管网改造,城乡建设,县住建局,\r\n");
    let import = import(&plan, &text);
    assert_eq!(
        by_row(&import),
        // No task is numbered 1 as written (001 is), so row 2 keeps its
        // number; 1.1 is another task's.
        vec![(
            3,
            &Issue::CodeTaken {
                code: "1.1".into(),
                title: "老旧小区改造".into()
            }
        )]
    );
    assert_eq!((import.added(), import.updated()), (2, 0));
    let after = applied(&plan, &import);
    assert_eq!(after.tasks.len(), 5);
    // The tasks there are as they were; the new ones have no number.
    for t in &plan.tasks {
        assert_eq!(after.task(&t.id), Some(t));
    }
    let new: Vec<(&str, &str)> = after.tasks[3..]
        .iter()
        .map(|t| (t.code.as_str(), t.title.as_str()))
        .collect();
    assert_eq!(
        new,
        [("1", "新建县人民医院新院区"), ("", "实施供水管网改造")]
    );
    let zh = Lang::Zh.catalog().csv;
    assert!((zh.issue)(&import.problems[0].issue).contains("本行作为新任务添加，不带编号"));
    // Told to, row 3 updates (and renames) task 1.1.
    let renaming = import_renaming(&plan, &text);
    assert_eq!((renaming.added(), renaming.updated()), (1, 1));
}

#[test]
fn a_sheet_with_no_key_area_column_puts_every_row_in_the_area_chosen() {
    let plan = county_with_codes();
    let text = "序号,重点任务,责任单位\r\n1,新建县人民医院新院区,县住建局\r\n2,实施供水管网改造,县财政局\r\n";
    let table = parse_table(text).unwrap();
    let mut mapping = guess_mapping(&table.headers, &WORDS);
    assert_eq!(mapping.get(Field::Area), None);
    let refused = prepare(&plan, &table, &mapping, &WORDS, today(), &mut ids());
    assert_eq!(refused.blocked, 2);
    mapping.area = Some(plan.areas[0].id.clone());
    let import = prepare(&plan, &table, &mapping, &WORDS, today(), &mut ids());
    assert_eq!((import.blocked, import.added()), (0, 2));
    assert!(import.new_areas.is_empty());
    assert!(import.rows.iter().all(|r| r.task.area == plan.areas[0].id));
    // An area column chosen after all is read instead.
    mapping.set(Field::Area, Some(1));
    let by_column = prepare(&plan, &table, &mapping, &WORDS, today(), &mut ids());
    assert_eq!(by_column.new_areas.len(), 2);
}

/// A sheet of the plan's tasks with blank cells: a blank cell changes
/// nothing; each row that changes its task says which fields, and a row
/// that changes nothing is counted, not listed.
#[test]
fn a_blank_cell_changes_nothing_and_an_update_names_what_it_changes() {
    let mut plan = county_with_codes();
    {
        let t = &mut plan.tasks[0];
        t.tier = Tier::KeyBreakthrough;
        t.co_units = vec![Id::new("u3")];
        t.leader = "分管副县长".into();
        t.deadline = Some(d(2024, 6, 30));
        t.tags = vec!["民生".into()];
    }
    let text = "编号,任务名称,重点领域,牵头单位,配合单位,任务层级,分管领导,完成时限,标签\r\n\
        1.1,老旧小区改造,城乡建设,县住建局,,,,2024年9月底,\r\n\
        1.10,城市燃气管道更新,城乡建设,县住建局,,,,,\r\n";
    let import = import(&plan, text);
    assert_eq!(
        (import.added(), import.updated(), import.unchanged),
        (0, 1, 1)
    );
    assert_eq!(
        by_row(&import),
        vec![(
            2,
            &Issue::UpdatesTask {
                code: "1.1".into(),
                fields: vec![Field::Deadline]
            }
        )]
    );
    let after = applied(&plan, &import);
    let t = &after.tasks[0];
    assert_eq!(t.deadline, Some(d(2024, 9, 30)));
    assert_eq!(t.tier, Tier::KeyBreakthrough);
    assert_eq!(t.co_units, vec![Id::new("u3")]);
    assert_eq!(t.leader, "分管副县长");
    assert_eq!(t.tags, vec!["民生".to_string()]);
    assert_eq!(after.tasks[1..], plan.tasks[1..]);
    let o = import.outcome();
    assert_eq!(
        (Lang::Zh.catalog().csv.summary)(
            o.added,
            o.updated,
            o.reports,
            o.unchanged,
            o.left_out.len()
        ),
        "将新增 0 项任务，更新 1 项任务。1 行与规划中的任务相同，不作更改。"
    );
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(by_row(&import)[0].1),
        "编号为“1.1”的任务已在规划中，将更新其完成时限（空白单元格不作更改）。"
    );
    // A cell given replaces: two fields at once.
    let text = "编号,任务名称,重点领域,牵头单位,配合单位,分管领导\r\n1.1,老旧小区改造,城乡建设,县住建局,县委办公室,县长\r\n";
    let import = self::import(&plan, text);
    assert_eq!(
        (Lang::En.catalog().csv.issue)(by_row(&import)[0].1),
        "Task number “1.1” is already in the plan; this row changes: Co-operating units, Leader in charge (a blank cell changes nothing)."
    );
}

/// In a plan of five years, a date written without its year is read in
/// this year, and the note says so; a date with its year needs no note.
/// Before the plan runs, its first year; after, its last.
#[test]
fn a_date_without_its_year_is_read_in_this_year_of_a_plan_of_several() {
    let mut plan = county_with_codes();
    plan.start = d(2021, 1, 1);
    plan.end = d(2025, 12, 31);
    let text = "编号,任务名称,重点领域,牵头单位,完成时限\r\n\
        9.1,甲,城乡建设,县住建局,6月30日\r\n\
        9.2,乙,城乡建设,县住建局,年底前\r\n\
        9.3,丙,城乡建设,县住建局,2025年6月底\r\n";
    let table = parse_table(text).unwrap();
    let mapping = guess_mapping(&table.headers, &WORDS);
    let prepared = |today: Date| prepare(&plan, &table, &mapping, &WORDS, today, &mut ids());
    let import = prepared(d(2024, 3, 15));
    let deadlines: Vec<Option<Date>> = import.rows.iter().map(|r| r.task.deadline).collect();
    assert_eq!(
        deadlines,
        [
            Some(d(2024, 6, 30)),
            Some(d(2024, 12, 31)),
            Some(d(2025, 6, 30))
        ]
    );
    assert_eq!(
        by_row(&import),
        vec![
            (
                2,
                &Issue::YearAssumed {
                    text: "6月30日".into(),
                    year: 2024
                }
            ),
            (
                3,
                &Issue::YearAssumed {
                    text: "年底前".into(),
                    year: 2024
                }
            ),
        ]
    );
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(by_row(&import)[0].1),
        "“6月30日”未写年份，按 2024 年导入，请核对。"
    );
    let first = |today| prepared(today).rows[0].task.deadline;
    assert_eq!(first(d(2020, 11, 1)), Some(d(2021, 6, 30)));
    assert_eq!(first(d(2027, 2, 1)), Some(d(2025, 6, 30)));
    // A plan of one year says nothing of the year (row 4's date is outside it).
    plan.start = d(2024, 1, 1);
    plan.end = d(2024, 12, 31);
    let import = prepare(&plan, &table, &mapping, &WORDS, d(2024, 3, 15), &mut ids());
    assert!(import
        .problems
        .iter()
        .all(|p| !matches!(p.issue, Issue::YearAssumed { .. })));
}

/// A header of two rows, as merged cells leave it: 责任单位 over 牵头 and
/// 配合. The lower names are read, that row is no task, and the
/// co-operating column is kept.
#[test]
fn a_header_of_two_rows_keeps_both_unit_columns() {
    let plan = county_with_codes();
    let text = "序号,重点任务,重点领域,责任单位,,完成时限\r\n\
        ,,,牵头,配合,\r\n\
        9.1,老旧小区改造,城乡建设,县住建局,县委办公室,2024年底\r\n";
    let table = find_header(parse_table(text).unwrap(), &WORDS);
    assert_eq!(
        table.headers,
        ["序号", "重点任务", "重点领域", "牵头", "配合", "完成时限"]
    );
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0].number, 3, "rows keep their numbers");
    let mapping = guess_mapping(&table.headers, &WORDS);
    assert_eq!(mapping.get(Field::Lead), Some(3));
    assert_eq!(mapping.get(Field::CoUnits), Some(4));
    let import = prepare(&plan, &table, &mapping, &WORDS, today(), &mut ids());
    assert_eq!(import.rows.len(), 1);
    let task = &import.rows[0].task;
    let unit = |id: &Id| {
        plan.unit(id).map(|u| u.name.clone()).or_else(|| {
            import
                .new_units
                .iter()
                .find(|u| &u.id == id)
                .map(|u| u.name.clone())
        })
    };
    assert_eq!(unit(&task.lead).as_deref(), Some("县住建局"));
    assert_eq!(
        task.co_units
            .iter()
            .map(|u| unit(u).unwrap())
            .collect::<Vec<_>>(),
        ["县委办公室"]
    );
    // A first data row is not taken for names: its cells are no column's name.
    let text = "序号,重点任务,重点领域,牵头单位,配合单位\r\n9.1,老旧小区改造,城乡建设,县住建局,县委办公室\r\n";
    let table = find_header(parse_table(text).unwrap(), &WORDS);
    assert_eq!(table.rows.len(), 1);
}

/// A day its month does not have (29 February of a common year, 31 April)
/// is said as such, with the month's last day, not as no date at all.
#[test]
fn a_day_its_month_does_not_have_is_said_so() {
    assert_eq!(past_month_end("2026年2月29日", 2026), Some(d(2026, 2, 28)));
    assert_eq!(past_month_end("2024-04-31", 2024), Some(d(2024, 4, 30)));
    assert_eq!(past_month_end("6月31日", 2025), Some(d(2025, 6, 30)));
    assert_eq!(
        past_month_end("2024年2月29日", 2024),
        None,
        "a leap year has it"
    );
    assert_eq!(past_month_end("2024年2月32日", 2024), None);
    assert_eq!(past_month_end("2024年13月1日", 2024), None);
    assert_eq!(past_month_end("尽快", 2024), None);
    assert_eq!(parse_date("2026年2月29日", 2026), None);

    let mut plan = county_with_codes();
    plan.start = d(2026, 1, 1);
    plan.end = d(2026, 12, 31);
    let text =
        "编号,任务名称,重点领域,牵头单位,完成时限\r\n9.1,甲,城乡建设,县住建局,2026年2月29日\r\n";
    let import = self::import(&plan, text);
    let issue = Issue::NoSuchDay {
        text: "2026年2月29日".into(),
        month_end: d(2026, 2, 28),
    };
    assert_eq!(by_row(&import), vec![(2, &issue)]);
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(&issue),
        "“2026年2月29日”不是日历上的日子：2026年2月只有28天。"
    );
    assert_eq!(
        (Lang::En.catalog().csv.issue)(&issue),
        "“2026年2月29日” is no day of the calendar: 2026-02-28 is the last day of its month."
    );
}

/// The rows of totals and signatures under a ledger's tasks are no tasks,
/// though their blank area and lead would come from the row above.
#[test]
fn rows_of_totals_and_signatures_are_not_tasks() {
    let plan = county_with_codes();
    let text = format!("{HEAD}8.1,老旧小区改造二期,城乡建设,县住建局,\r\n合计：2项,,,,\r\n,小计 1,,,\r\n填表人：张三  联系电话：0351-1234567,,,,\r\n8.2,Total factor productivity,城乡建设,县住建局,\r\n8.3,合计划,城乡建设,县住建局,\r\n,注：完成时限以文件为准,,,\r\n,Total: 3,,,\r\n");
    let import = import(&plan, &text);
    let titles: Vec<&str> = import.rows.iter().map(|r| r.task.title.as_str()).collect();
    assert_eq!(
        titles,
        ["老旧小区改造二期", "Total factor productivity", "合计划"]
    );
    let left: Vec<(usize, &Issue)> = by_row(&import)
        .into_iter()
        .filter(|(_, i)| matches!(i, Issue::NotATask(_)))
        .collect();
    assert_eq!(
        left.iter().map(|(row, _)| *row).collect::<Vec<_>>(),
        [3, 4, 5, 8, 9]
    );
    assert_eq!(
        (Lang::Zh.catalog().csv.issue)(left[0].1),
        "“合计：2项”是合计或落款行，不是任务，不导入。"
    );
    assert_eq!(import.left_out(), 5);
}

/// A new plan with no key area, and a sheet with no key area column: the
/// preview says to add an area first (there is none to put every row in).
#[test]
fn no_area_column_and_no_area_in_the_plan_says_to_add_one() {
    let plan = Plan::new(Id::new("p"), "P", d(2024, 1, 1), d(2024, 12, 31));
    let import = import(&plan, "序号,重点任务,责任单位\r\n1,甲,县住建局\r\n");
    assert_eq!(import.blocked, 1);
    let issues: Vec<&Issue> = import.problems.iter().map(|p| &p.issue).collect();
    assert_eq!(issues, vec![&Issue::NoAreas]);
    assert!((Lang::Zh.catalog().csv.issue)(issues[0]).contains("请先在“目标与领域”中添加重点领域"));
}
