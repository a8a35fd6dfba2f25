//! The sample plan written out in Rust, every text as a zh-CN / English pair:
//! the source of the two JSON files the app embeds (`sample.zh.json`,
//! `sample.en.json`). Compiled for the native tests only, so the app carries
//! the plan as data, not as the code that builds it; a test keeps the files
//! equal to what this builds (`sample_plan` names the command that rewrites
//! them).

use super::SAMPLE_ID;
use crate::i18n::Lang;
use crate::model::*;

/// The sample plan in `lang`, as written here: the source of the embedded
/// JSON files.
pub fn build(lang: Lang) -> Plan {
    let l = lang;
    let mut plan = Plan::new(
        Id::new(SAMPLE_ID),
        t(
            l,
            "山西省2023年转型发展重点任务督查台账（示例）",
            "Shanxi 2023 Transformation and Development Supervision Ledger (sample)",
        ),
        d(2023, 1, 1),
        d(2023, 12, 31),
    );
    plan.description = t(
        l,
        "本计划为演示用的汇编示例，依据五篇公开报道整理：山西省“山西加快转型发展”系列新闻发布会、\
         太原市政府全体会议、太原市小店区委全会、忻州市发展成就报道和鹤壁市淇滨区重点项目推进会。\
         战略定位、重点领域、工作举措和指标数据取自上述报道；报道中未给出的完成时限、责任单位、\
         进度报告和投资数额均为示意，不代表实际情况。",
        "A composite sample for demonstration, assembled from five public reports about Shanxi \
         province (the \"Shanxi Accelerates Transformation and Development\" press conference), \
         Taiyuan (the municipal government plenary meeting), Xiaodian district of Taiyuan (the \
         district committee plenary session), Xinzhou (its development-achievements report) and \
         Qibin district of Hebi (its key project promotion meeting). Strategic positioning, key \
         areas, measures and indicator figures come from those reports; deadlines, units, \
         progress reports and investment figures not given in those reports are illustrative \
         and do not describe actual work.",
    );
    plan.level = Level::Province;
    plan.issuer = t(
        l,
        "省委办公厅督查室（示例）",
        "Supervision Office, General Office of the Provincial Party Committee (sample)",
    );
    plan.cadence = Cadence::Monthly;
    plan.thresholds = Thresholds::default();
    plan.goals = goals(l);
    plan.areas = areas(l);
    plan.units = units(l);
    plan.tasks = super::tasks::tasks(l);
    plan.projects = super::figures::projects(l);
    plan.indicators = super::figures::indicators(l);
    plan.updates = super::reports::reports(l);
    super::supervision::sources(l, &mut plan.tasks);
    plan.steps = super::supervision::steps(l);
    plan.notices = super::supervision::notices(l);
    plan
}

/// The text in `lang`: every text of the sample is written as a pair.
pub(super) fn t(lang: Lang, zh: &'static str, en: &'static str) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
    .to_string()
}

/// A date of the sample; all are written out by hand and valid.
pub(super) fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).expect("sample dates are valid")
}

fn goal(
    l: Lang,
    id: &str,
    title: (&'static str, &'static str),
    about: (&'static str, &'static str),
) -> Goal {
    Goal {
        id: Id::new(id),
        title: t(l, title.0, title.1),
        description: t(l, about.0, about.1),
    }
}

fn goals(l: Lang) -> Vec<Goal> {
    vec![
        goal(
            l,
            "g-two-basic",
            (
                "加快转型发展，实现“两个基本实现”目标",
                "Accelerate transformation and development to reach the \"two basic realization\" goals",
            ),
            (
                "实现省委十二届六次全会确定的“两个基本实现”目标；全面加强党的领导，为加快转型发展提供根本保证。\
                 省委审定2023年转型发展165项重点任务和50项重点突破任务，并建立转型发展综合评价指标体系。",
                "Achieve the \"two basic realization\" goals set by the Sixth Plenary Session of the 12th \
                 Provincial Party Committee, with comprehensively strengthened party leadership as the \
                 fundamental guarantee. The Provincial Party Committee approved 165 key tasks and 50 key \
                 breakthrough tasks for 2023 and an overall evaluation index system.",
            ),
        ),
        goal(
            l,
            "g-central-city",
            ("太原建设国家区域中心城市", "Taiyuan becomes a national regional central city"),
            (
                "坚定发展信心，直面问题挑战，奋力完成全年目标任务，展现经济发展主战场作用。",
                "Keep confidence in development, face problems head-on and achieve the annual goals \
                 and tasks, showing the city's role as the main battleground of economic development.",
            ),
        ),
        goal(
            l,
            "g-xiaodian",
            (
                "小店区：争当转型发展排头兵，打造“三晋首区”",
                "Xiaodian: lead the way in transformation and be the \"First District of Sanjin\"",
            ),
            (
                "围绕太原建设国家区域中心城市战略目标，巩固拓展比较优势，打造经济发展大区、改革创新区、\
                 环境优良区、文明开放区、社会治理区、科技创新区、城乡融合示范区和共同富裕标杆区。",
                "Serving Taiyuan's goal of becoming a national regional central city, consolidate and \
                 expand comparative advantages and become a large economic development area, a reform \
                 and innovation area, a good environment area, a civilized and open area, a governance \
                 area, a science area, an urban-rural integration model area and a benchmark area for \
                 common prosperity.",
            ),
        ),
        goal(
            l,
            "g-xinzhou",
            ("忻州市发展定位", "Xinzhou's development orientation"),
            (
                "作为全省脱贫攻坚的核心力量，打造文化旅游“三大板块”，创建生态环境、引领能源革命、\
                 扩大对外开放；推动高质量转型发展，在产业结构调整上取得重大突破。",
                "Be the core strength of poverty alleviation in the province, forge the \"three major \
                 sectors\" of cultural tourism, create a good ecological environment, lead the energy \
                 reform and open to the outside; pursue high-quality transformation with major \
                 breakthroughs in industrial restructuring.",
            ),
        ),
    ]
}

fn area(
    l: Lang,
    id: &str,
    goal: &str,
    title: (&'static str, &'static str),
    about: (&'static str, &'static str),
) -> KeyArea {
    KeyArea {
        id: Id::new(id),
        title: t(l, title.0, title.1),
        description: t(l, about.0, about.1),
        goal: Some(Id::new(goal)),
    }
}

/// The key areas, in code order: area `n` holds tasks `n.1`, `n.2`, …
fn areas(l: Lang) -> Vec<KeyArea> {
    vec![
        area(
            l,
            "a-province",
            "g-two-basic",
            ("全省转型发展重点任务", "Province-wide key tasks for transformation"),
            (
                "165项重点任务和50项重点突破任务涉及各市和省直部门，要求可量化、可考核、项目化；\
                 以综合评价指标体系和干部绩效考核推动落实。",
                "The 165 key tasks and 50 key breakthrough tasks involve the cities and provincial \
                 departments, with quantifiable, assessable and project-oriented requirements, driven \
                 by the evaluation index system and the performance assessment of cadres.",
            ),
        ),
        area(
            l,
            "a-projects",
            "g-two-basic",
            ("重点项目建设", "Key project construction"),
            (
                "牢固树立“项目为王”理念，对标年度投资计划目标，推动项目早开工、早竣工；\
                 淇滨区聚焦“三个一批”，高标准、高质量谋划、建设、推进项目。",
                "Treat the project as the \"king\": meet the annual investment plan targets and start \
                 and complete projects early; Qibin focuses on the \"three batches\" and plans, builds \
                 and advances projects to high standards.",
            ),
        ),
        area(
            l,
            "a-real-economy",
            "g-central-city",
            ("做强实体经济，突出招商引资", "Real economy and investment attraction"),
            (
                "把招商引资摆在突出位置，加快打响“下半年攻势”；助企稳产拓市，以科技创新为核心推动企业上云、上市、上规。",
                "Give investment attraction a prominent place and launch the \"second-half offensive\"; \
                 support enterprises, stabilize production and expand markets, with scientific and \
                 technological innovation at the core.",
            ),
        ),
        area(
            l,
            "a-consumption",
            "g-central-city",
            ("扩大消费", "Expanding consumption"),
            (
                "落实惠民政策，举办专题活动，促进大宗消费、文旅消费和住房消费。",
                "Policies benefiting the people, special events, bulk consumption, cultural and \
                 tourism consumption and housing.",
            ),
        ),
        area(
            l,
            "a-opening",
            "g-central-city",
            ("务实推进改革开放", "Reform and opening up"),
            (
                "深化国有企业改革、金融改革创新，扩大外贸外资，拓展经济发展新空间。",
                "Deepen state-owned enterprise reform and financial reform and innovation, expand \
                 foreign trade and investment, and open new space for economic development.",
            ),
        ),
        area(
            l,
            "a-safety",
            "g-central-city",
            ("城乡环境与安全稳定", "Urban and rural environment, safety and stability"),
            (
                "抓好基层“三保”、安全生产、信访维稳、防汛抗旱、秋粮生产和稳就业，确保全市安全和谐。",
                "Grassroots \"three guarantees\", safe production, stability through letters and \
                 visits, flood control and drought relief, autumn grain and stable employment.",
            ),
        ),
        area(
            l,
            "a-innovation",
            "g-xiaodian",
            ("聚力创新发展", "Innovation and development"),
            (
                "发展壮大数字经济，推动服务业提质增效，促进文旅康养产业融合发展。",
                "Grow the digital economy, improve quality and efficiency in the service industry and \
                 integrate the cultural, tourism and healthcare industries.",
            ),
        ),
        area(
            l,
            "a-convenience",
            "g-xiaodian",
            ("便民利企", "Convenience for residents and businesses"),
            (
                "优化营商环境，完善综合交通体系，提升生态环境质量，推进城乡融合发展。",
                "Optimize the business environment, improve the transportation system, enhance the \
                 ecological environment and integrate urban and rural development.",
            ),
        ),
        area(
            l,
            "a-advantages",
            "g-xiaodian",
            ("发挥比较优势和资源禀赋", "Leveraging unique advantages and resource endowment"),
            (
                "加快与综改区融合错位发展，高标准建设专业镇，实施产业链“链长制”，培育市场主体，\
                 加大招商引资力度，支持民营经济健康发展，为转型发展打造强劲引擎。",
                "Integrated and differentiated development with the comprehensive reform zone, \
                 professional towns, the industrial chain \"chain length system\", business entities, \
                 investment promotion and the private economy: a strong starting point for \
                 transformation.",
            ),
        ),
        area(
            l,
            "a-reform",
            "g-xiaodian",
            ("深化改革创新，扩大开放合作", "Reform, innovation and open cooperation"),
            (
                "实施创新驱动发展战略，创新人才引进方式，深化重点领域改革，扩大高水平对外开放。",
                "Implement the innovation-driven strategy, innovate talent introduction, deepen \
                 reforms in key areas and expand high-level opening up.",
            ),
        ),
        area(
            l,
            "a-bottom-line",
            "g-xiaodian",
            ("增强防范意识，守牢底线", "Prevention and bottom-line thinking"),
            (
                "维护国家安全，防范化解金融风险，抓好安全生产，维护社会稳定，为转型发展营造良好外部环境。",
                "Safeguard national security, mitigate financial risks, promote safe production and \
                 maintain social stability, improving the external environment for transformation.",
            ),
        ),
        area(
            l,
            "a-party",
            "g-xiaodian",
            ("坚持党的领导，强化作风保障", "Party leadership and work style"),
            (
                "加强组织领导，提升能力作风，营造浓厚氛围，严督实考，深入开展主题教育，形成推动转型发展的强大合力。",
                "Strengthen organizational leadership, enhance abilities and work styles, foster a \
                 strong working atmosphere, supervise rigorously and carry out theme education in \
                 depth, forming a strong joint force for transformation.",
            ),
        ),
        area(
            l,
            "a-xinzhou",
            "g-xinzhou",
            (
                "忻州：巩固脱贫攻坚成果，推进转型发展",
                "Xinzhou: consolidating poverty alleviation and transformation",
            ),
            (
                "以脱贫攻坚统揽经济社会发展全局，推进整村搬迁，推动产业结构优化升级，全面推进“五城联创”。",
                "Poverty alleviation as the overall guide; whole-village relocation, industrial \
                 upgrading and the \"five cities in one\" construction.",
            ),
        ),
    ]
}

fn unit(
    l: Lang,
    id: &str,
    kind: UnitKind,
    parent: Option<&str>,
    name: (&'static str, &'static str),
) -> Unit {
    Unit {
        id: Id::new(id),
        name: t(l, name.0, name.1),
        kind,
        parent: parent.map(Id::new),
    }
}

fn units(l: Lang) -> Vec<Unit> {
    use UnitKind::*;
    // Counties are county-level like districts; the model's District covers both.
    vec![
        unit(
            l,
            "u-prov-office",
            Department,
            None,
            (
                "省委办公厅",
                "General Office of the Provincial Party Committee",
            ),
        ),
        unit(
            l,
            "u-prov-ndrc",
            Department,
            None,
            (
                "省发展改革委",
                "Provincial Development and Reform Commission",
            ),
        ),
        unit(
            l,
            "u-prov-org",
            Department,
            None,
            (
                "省委组织部",
                "Organization Department of the Provincial Party Committee",
            ),
        ),
        unit(
            l,
            "u-prov-discipline",
            Department,
            None,
            (
                "省纪委监委",
                "Provincial Commission for Discipline Inspection and Supervision",
            ),
        ),
        unit(
            l,
            "u-taiyuan",
            City,
            None,
            ("太原市人民政府", "Taiyuan Municipal People's Government"),
        ),
        unit(
            l,
            "u-ty-invest",
            Department,
            Some("u-taiyuan"),
            ("太原市投资促进局", "Taiyuan Investment Promotion Bureau"),
        ),
        unit(
            l,
            "u-xiaodian",
            District,
            Some("u-taiyuan"),
            (
                "太原市小店区人民政府",
                "Xiaodian District People's Government, Taiyuan",
            ),
        ),
        unit(
            l,
            "u-xd-ndrc",
            Department,
            Some("u-xiaodian"),
            (
                "小店区发展和改革局",
                "Xiaodian District Development and Reform Bureau",
            ),
        ),
        unit(
            l,
            "u-xd-industry",
            Department,
            Some("u-xiaodian"),
            (
                "小店区工业和信息化局",
                "Xiaodian District Industry and Information Technology Bureau",
            ),
        ),
        unit(
            l,
            "u-xd-approval",
            Department,
            Some("u-xiaodian"),
            (
                "小店区行政审批服务管理局",
                "Xiaodian District Administrative Approval Service Bureau",
            ),
        ),
        unit(
            l,
            "u-xd-emergency",
            Department,
            Some("u-xiaodian"),
            (
                "小店区应急管理局",
                "Xiaodian District Emergency Management Bureau",
            ),
        ),
        unit(
            l,
            "u-xinzhou",
            City,
            None,
            ("忻州市人民政府", "Xinzhou Municipal People's Government"),
        ),
        unit(
            l,
            "u-kelan",
            District,
            Some("u-xinzhou"),
            ("岢岚县人民政府", "Kelan County People's Government"),
        ),
        unit(
            l,
            "u-songjiagou",
            Town,
            Some("u-kelan"),
            (
                "岢岚县宋家沟乡人民政府",
                "Songjiagou Township Government, Kelan County",
            ),
        ),
        unit(
            l,
            "u-dingxiang",
            District,
            Some("u-xinzhou"),
            ("定襄县人民政府", "Dingxiang County People's Government"),
        ),
        unit(
            l,
            "u-pianguan",
            District,
            Some("u-xinzhou"),
            ("偏关县人民政府", "Pianguan County People's Government"),
        ),
        unit(
            l,
            "u-qibin",
            District,
            None,
            (
                "鹤壁市淇滨区人民政府",
                "Qibin District People's Government, Hebi",
            ),
        ),
        unit(
            l,
            "u-qb-ndrc",
            Department,
            Some("u-qibin"),
            (
                "淇滨区发展和改革委员会",
                "Qibin District Development and Reform Commission",
            ),
        ),
    ]
}
