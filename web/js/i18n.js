// Chinese first, English on request: ?lang=en or the header toggle; the choice is remembered.

const zh = {
  nav_review: '分类审核', review_intro: '按行业代码、主营产品和经营范围推断的企业所属环节，置信度低的在前。接受后保留，拒绝后不再推断。',
  review_none: '没有待审核的推断', review_keys: '键盘：↑/↓ 或 j/k 移动，空格 勾选，a 接受，r 拒绝（未勾选时作用于当前行）。',
  confidence: '置信度', confidence_at_most: '置信度不高于', accept: '接受', reject: '拒绝', mark: '勾选', previous: '上一页', next: '下一页',
  basis_code: '行业代码 {code} 命中 {listed}（+{part}）', basis_product: '主营产品“{product}”含“{keyword}”（+{part}）',
  basis_scope: '经营范围含{keywords}（+{part}）', list_sep: '、', link_inferred: '推断', link_inferred_hint: '所属环节由行业代码、产品或经营范围推断，尚未审核',
  ev_capital: '注册资本 {capital} 万元（营业收入未知）', ev_employees: '从业人数 {employees} 人（营业收入、注册资本未知）',
  ev_place: '区位：{tier}', ev_structural_FEEDS: '所在环节“{link}”向本地已覆盖环节“{neighbour}”供货',
  ev_structural_FED_BY: '所在环节“{link}”由本地已覆盖环节“{neighbour}”供货', ev_feasibility: '所在环节“{link}”与本地已有环节的关联度（可行性）{feasibility}',
  SAME_CITY: '同市', SAME_PROVINCE: '同省', NEIGHBOURING_PROVINCE: '邻省', SAME_REGION: '同一经济区域', FURTHER: '较远',
  LINK_GRAPH: '环节上下游关系', RELATEDNESS: '产业关联度',
  ev_tie_SUPPLIES: '向本地企业{partner}供货{since}', ev_tie_BUYS_FROM: '从本地企业{partner}采购{since}', ev_since: '（自{since}年起）',
  ev_two_hop: '{path}', ev_adamic_adar: '与本地企业共有 {shared} 家客户或供应商（{partners}{more}），关联指数 {index}', ev_more: '等',
  ev_revenue: '营业收入 {revenue} 万元', ev_tags: '资质：{tags}', ev_park: '园区“{park}”聚焦本链，尚有 {free} 个空置单元',
  ev_pipeline: '已投资一个处于“{stage}”阶段的项目', ev_inferred: '推断', ev_source: '来源',
  ENTERPRISE_RECORD: '企业档案', PARK_RECORD: '园区档案', PROJECT_RECORD: '项目台账', LINK_PREDICTION: '链接预测', UNRECORDED: '未记录',
  app: '产业链图谱与招商分析', appShort: '产业链图谱',
  nav_chains: '产业链总览', nav_map: '链图', nav_gaps: '缺链/补链', nav_targets: '招商目标',
  nav_referrals: '以企招企', nav_parks: '园区', nav_pipeline: '项目', nav_evaluation: '亩产效益', nav_report: '报告',
  loading: '加载中…', empty: '暂无数据', error: '出错了', retry: '重试',
  token: '访问令牌', token_prompt: '此服务器要求访问令牌：', token_use: '使用令牌', all: '全部', none: '无',
  lang_switch: 'English',
  chain: '产业链', chains: '产业链', link: '环节', links: '环节', stage: '阶段', key: '关键环节', status: '状态', action: '行动',
  covered: '已覆盖', missing: '缺失', coverage: '覆盖率', leaders: '链主', enterprises: '企业', projects: '项目',
  build: '需建链', investmentYi: '投资（亿元）', open_map: '查看链图', gaps: '缺链', targets: '招商目标',
  UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游',
  FILL: '补链', EXTEND: '延链', STRENGTHEN: '强链', OK: '正常', BUILD: '建链',
  st_FILL: '补链 · 缺失环节', st_EXTEND: '延链 · 向外延伸', st_STRENGTHEN: '强链 · 薄弱环节', st_OK: '正常',
  legend: '图例', key_link: '关键环节（粗边框）', leader_node: '链主企业',
  zoom_in: '放大', zoom_out: '缩小', fit: '适应窗口', collapse: '折叠正常环节', expand: '展开全部', save_png: '保存图片',
  pick_chain: '选择产业链', pick_link: '点击环节查看详情',
  local_enterprises: '本地企业', above_scale: '规上企业', dependency: '外部依赖度', criticality: '关键度', gap_score: '缺口分',
  ranked_targets: '招商目标（排序）', link_projects: '本环节项目', more_targets: '全部目标 →',
  local_in_link: '本环节本地企业数', leaders_in_link: '本环节链主',
  gap_rows: '缺链分析', download_xlsx: '下载 Excel', download_csv: '下载 CSV', rows: '行',
  score: '得分', parts: '得分构成', part_gap: '缺口', part_strength: '实力', part_proximity: '关联', part_park: '园区匹配', part_place: '区位', inferred_part: '推断', inferred_hint: '该部分由推断得出（无已知供应关系）',
  evidence: '依据', region: '地区', tag: '标签', uscc: '统一社会信用代码', name: '名称', pipeline_stage: '在谈进度',
  other_links: '其他环节', source: '来源', filters: '筛选', clear: '清除', search: '搜索',
  HIGH_TECH: '高新技术企业', SRDI: '专精特新', LITTLE_GIANT: '小巨人', LISTED: '上市企业',
  ref_title: '以企招企', ref_pick: '输入企业名称或信用代码', ref_local: '本地企业可引荐', ref_target: '谁能引荐该目标',
  ref_leaders: '从链主开始：点击查看其可引荐的企业', ref_no_leaders: '尚无链主企业；请输入企业名称或信用代码搜索',
  referrals: '可引荐的目标', referrers: '可引荐的本地企业', path: '路径', hops: '跳数', strength: '路径强度', leader: '链主',
  local: '本地', nonlocal: '外地', scale: '规模', ABOVE: '规上', BELOW: '规下',
  suppliers: '供应商', customers: '客户', detail: '企业详情', revenue: '营收（万元）', tax: '税收（万元）', registeredCapital: '注册资本（万元）', employees: '员工', industry_code: '国标行业代码', products: '主营产品', business_scope: '经营范围',
  parks: '专业园区', park: '园区', operator: '运营主体', town: '街道', area_mu: '面积（亩）', units: '单元', occupied: '已入驻',
  occupancy: '入驻率', concentration: '主导产业集中度', goal70: '目标 70%', certified: '已认定', focus: '主导产业', tenants: '入驻企业',
  meets: '达标', below_goal: '未达标', in_focus: '主导产业内',
  pipeline: '项目推进', funnel: '按阶段', by_type: '按类型', by_chain: '按产业链', count: '数量', reached: '已达到', dropped: '终止',
  reached_note: '每行：到达该阶段及以后的项目数与这些项目的投资额；括号内为目前处于该阶段的项目。终止的项目不计入。',
  now_at: '目前', projects_all: '全部项目（各类型、各阶段、各产业链）',
  h_chainProjects_note: '仅统计区工信局牵头产业链的以链招引项目（在谈、签约、在建），与项目推进页的全部项目口径不同',
  LEAD: '线索', TALKS: '在谈', SIGNED: '签约', CONSTRUCTION: '在建', OPERATING: '投产', DROPPED: '终止',
  CHAIN: '以链招引', REFERRAL: '以企招引', PARK: '以园招引', TECH_UPGRADE: '技改',
  type: '类型', investor: '投资方', updated: '更新',
  evaluation: '亩产效益评价', year: '年度', class: '等级', rank: '排名', fund_ratio: '政策资金比例', next_class: '晋级所需',
  indicators: '指标', benchmarks: '基准值', classes: '等级分布', points: '分',
  unit_taxPerMu: '万元/亩', unit_valueAddedPerMu: '万元/亩', unit_valueAddedPerTce: '万元/吨标煤',
  unit_valueAddedPerEmissions: '万元/吨', unit_labourProductivity: '万元/人', unit_rndShare: '', unit_taxPerKwh: '元/千瓦时',
  taxPerMu: '亩均税收', valueAddedPerMu: '亩均增加值', valueAddedPerTce: '单位能耗增加值', valueAddedPerEmissions: '单位排放增加值',
  labourProductivity: '全员劳动生产率', rndShare: '研发投入占比', taxPerKwh: '单位电耗税收',
  report: '报告', headline: '核心指标', counts: '图谱规模',
  roadmap: '建链 · 补链 · 强链 · 延链', r_build: '建链 · 产业链', r_fill: '补链 · 环节', r_extend: '延链 · 环节', r_strengthen: '强链 · 环节',
  r_key: '关键环节', r_none: '无',
  h_chains: '重点产业链', h_bureau: '工信局牵头', h_leaders: '链主企业', h_parks: '专业园区', h_certified: '已认定园区',
  h_area: '园区面积（亩）', h_units: '园区单元', h_tenants: '认定园区入驻企业', h_chainProjects: '以链招引项目',
  h_tech: '技改项目', h_referral: '以企招引项目', h_started: '开工', h_signed: '签约',
  c_chains: '产业链', c_links: '环节', c_enterprises: '企业', c_localEnterprises: '本地企业', c_supplies: '供应关系',
  c_leaders: '链主', c_parks: '园区', c_projects: '项目',
  node_local: '本地企业', yi: '亿元', total: '合计', of: '/', yes: '是', no: '否', page_not_found: '页面不存在',
  import_interrupted: '导入未完成：', import_interrupted_since: '开始于', import_interrupted_hint: '中断后图谱只含其部分数据，所有页面据此作答；重新运行同一导入即可补全。',
  // the workbench: writes, projects, follow-up, visits
  token_needed: '保存需要编辑令牌', token_needed_hint: '请输入分配给您的编辑令牌；令牌只保存在本浏览器中。', token_refused: '令牌未被接受：',
  cancel: '取消', confirm: '确定', save: '保存', edit: '编辑', add: '添加', remove: '移除', reload: '重新加载', colon: '：',
  fix_problems: '请修改以下问题：', write_failed: '保存失败', saving: '保存中…', saved: '已保存',
  project: '项目详情', project_id: '项目编号', project_facts: '项目信息', follow: '跟进情况', referrer: '引荐企业',
  investment: '投资额', investment_wan: '投资额（万元）', owner: '包联', owner_none: '未指定包联', next_step: '下一步', due: '期限',
  overdue: '已逾期', blockers: '制约问题', blocker_new: '新增制约问题', blockers_none: '暂无制约问题',
  recommended: '推荐', recommended_rank: '第 {rank} 名 · 得分 {score}', created_from: '来源',
  src_TARGETS: '招商目标', src_REFERRALS: '以企招企', src_VISITS: '走访', src_OTHER: '其他',
  timeline: '推进记录', stage_now: '当前', stage_move: '推进至', stage_back: '退回至', stage_at: '日期', note: '备注', by: '经办人', by_import: '数据导入',
  note_back: '退回需填写原因', note_optional: '可选', stage_hint: '点击阶段以推进或退回项目',
  stale: '此项目已被他人修改，您的修改未保存。请重新加载，查看最新内容后再操作。', stale_version: '当前版本',
  follow_up: '跟进', follow_up_title: '以此行创建线索项目并打开',
  role_INVESTOR: '投资方', role_REFERRER: '引荐方',
  visits: '走访', visit_list: '走访记录', visit_new: '记录走访', visit_date: '走访日期', visit_by: '走访人', visit_by_hint: '默认为令牌持有人',
  intention: '意向', notes: '走访情况', mentions: '提及企业', mentions_hint: '统一社会信用代码，用逗号、空格或换行分隔',
  mentions_pick: '从供应商或客户中添加…', visit_save: '保存走访', visits_none: '暂无走访记录', visit_saved: '走访已保存',
  intent_NONE: '无', intent_EXPAND: '扩产', intent_NEW_PROJECT: '新项目', intent_RELOCATE_OUT: '外迁风险', intent_REFER: '可引荐',
  relocation: '外迁影响', relocation_hint: '若外迁，以下本地企业将在相应环节失去唯一供应商：', relocation_none: '没有本地企业会因此失去唯一供应商',
  visit_confirmed: '走访确认',
  stalled: '逾期 / 停滞项目', idle_days: '停滞天数', reason: '原因', reason_OVERDUE: '逾期', reason_NO_PROGRESS: '停滞',
  stalled_days: '无进展超过', days: '天', stalled_none: '没有逾期或停滞的项目', last_change: '最近变更',
  // the chain map: stage bands, the chain summary, how statuses and scores are computed
  band_UPSTREAM: '上游', band_MIDSTREAM: '中游', band_DOWNSTREAM: '下游',
  summary: '产业链概况', summary_hint: '点击图中环节查看其详情与招商目标', status_counts: '各状态环节数',
  key_missing: '缺失的关键环节', needs_build: '是否需要建链', build_yes: '需要建链（本地覆盖环节过少）', build_no: '不需要',
  how: '如何计算', how_title: '状态与得分如何计算',
  how_EXTEND: '延链：该环节本地没有企业，且位于本地已有环节的一端——它的下游没有已覆盖的环节，或它是上游的原材料投入。要向链的外侧延伸。',
  how_FILL: '补链：该环节本地没有企业，但它处在已覆盖环节之间，是链中间的空缺。要补上这个缺口。',
  how_STRENGTHEN: '强链：本地已有企业，但较薄弱——只有一家企业，或没有规上企业，或主要依靠外部供应（外部依赖度高）。',
  how_OK: '正常：本地覆盖充分，暂无需行动。',
  how_gap: '缺口分 = 关键度 × 薄弱度。补链、延链环节的薄弱度为 1；强链环节的薄弱度为 max(1 / 本地企业数, 外部依赖度)。',
  how_target: '招商目标得分 = 各部分之和：缺口（所补环节的缺口分）+ 实力（营业收入，未知时用注册资本或从业人数；资质）+ 关联（与本地企业的供应关系；没有已知关系时按环节上下游或产业关联度推断）+ 园区匹配（有对口园区）+ 区位（同市、同省、邻省、同一经济区域）。得分相同时依次按区位、实力、名称排序。',
  // the long lists: pager, search, the enterprise list
  pager: '分页', pager_rows: '第 {from}–{to} 行，共 {total} 行', pager_past_end: '本页无数据，共 {total} 行',
  pager_first: '首页', pager_prev: '上一页', pager_next: '下一页', pager_last: '末页',
  sort_page_only: '点击表头只对本页排序',
  search_enterprise: '搜索名称或信用代码', search_placeholder: '名称或信用代码',
  download_all_rows: '下载包含全部符合条件的行（不只是本页）',
  nav_enterprises: '企业', enterprise_list: '企业名录', leaders_only: '仅链主',
  // problems of the API, worded from their code and values (docs/errors.md): problem_* for an error, why_* for a field of a refused write
  problem_UNKNOWN_CHAIN: '没有编号为“{id}”的产业链', problem_UNKNOWN_ENTERPRISE: '没有统一社会信用代码为“{id}”的企业',
  problem_UNKNOWN_PARK: '没有编号为“{id}”的园区', problem_UNKNOWN_PROJECT: '没有编号为“{id}”的项目', problem_NO_SUCH_RESOURCE: '请求的内容不存在',
  problem_BAD_PARAMETER: '参数“{parameter}”的值“{value}”不可用：{expected}', problem_BAD_PARAMETER_NO_VALUE: '参数“{parameter}”不可用：{expected}',
  problem_TOKEN_REQUIRED: '此操作需要“{role}”角色的访问令牌', problem_TOKEN_INVALID: '访问令牌无效',
  problem_ROLE_INSUFFICIENT: '此操作需要“{role}”角色，当前令牌的角色是“{held}”',
  problem_HOST_NOT_ALLOWED: '此服务器只应答发往本机地址的请求，不应答发往“{host}”的请求', problem_ORIGIN_NOT_ALLOWED: '不接受来自“{origin}”的请求',
  problem_BODY_TOO_LARGE: '请求内容 {length} 字节，超过上限 {limit} 字节', problem_BODY_TOO_LARGE_NO_SIZE: '请求内容超过大小上限',
  problem_RATE_LIMITED: '请求过于频繁，请 {retryAfter} 秒后重试',
  problem_STALE_VERSION: '项目“{id}”已被他人修改（当前为第 {current} 版，您的修改基于第 {expected} 版）；请重新加载后再修改',
  problem_VERSION_REQUIRED: '修改项目“{id}”须注明所依据的版本，以免覆盖他人的修改', problem_INVALID_INPUT: '提交的内容有 {count} 个问题',
  problem_STORE_UNAVAILABLE: '暂时无法连接图数据库，请稍后重试', problem_INTERNAL_ERROR: '服务器内部错误（编号 {id}）',
  token_role_VIEWER: '查看', token_role_EDITOR: '编辑', token_role_ADMIN: '管理员',
  expected_PRESENT: '必须填写', expected_ONE_OF: '应为以下之一：{allowed}', expected_BETWEEN: '应在 {min} 到 {max} 之间',
  expected_NOT_NEGATIVE: '不能为负数', expected_WHOLE_NUMBER: '应为整数', expected_TRUE_OR_FALSE: '应为 true（是）或 false（否）',
  expected_DATE: '应为日期（年-月-日，如 2025-01-31）', expected_CONFIDENCE: '应为大于 0、不超过 1 的数', expected_ID: '应为编号：以字母或数字开头，只含字母、数字及 . _ : -，不超过 100 个字符',
  expected_CREDIT_CODE: '应为有效的 18 位统一社会信用代码', expected_AT_MOST_CHARACTERS: '不能超过 {max} 个字符',
  expected_JSON_OBJECT: '应为一个 JSON 对象', expected_JSON: '不是可读取的 JSON', expected_MULTIPART: '文件应以表单方式上传（multipart/form-data）',
  expected_FILES: '没有上传文件', expected_CSV_FILES_OR_ONE_WORKBOOK: '应上传若干 CSV 文件或一个 Excel 工作簿，不能混合，也不能上传多个工作簿',
  expected_CSV_OR_XLSX: '应为 .csv 或 .xlsx 文件', expected_DISTINCT_FILES: '同一文件上传了两次',
  param_id: '编号', param_days: '天数', param_limit: '条数上限', param_offset: '起始行', param_format: '格式', param_lang: '语言',
  param_labels: '表头语言', param_from: '起始日期', param_to: '截止日期', param_files: '文件', param_body: '请求内容', param_entity: '对象类型',
  param_dryRun: '仅检查',
  why_REQUIRED: '必须填写', why_UNKNOWN_FIELD: '不是此请求的字段（可用字段：{known}）', why_EXPECTED_OBJECT: '应为一个对象',
  why_EXPECTED_TEXT: '应为文本，而不是{got}', why_EXPECTED_LIST: '应为文本列表', why_TOO_LONG: '不能超过 {max} 个字符', why_TOO_MANY_ITEMS: '不能超过 {max} 项',
  why_NOT_AN_ID: '“{value}”不是有效的编号（以字母或数字开头，只含字母、数字及 . _ : -）',
  why_INVALID_CREDIT_CODE: '“{value}”不是有效的统一社会信用代码：{fault}',
  credit_LENGTH: '应为 18 位，实为 {length} 位', credit_CHARACTER: '第 {position} 位的“{character}”不是代码字符（不含 I、O、S、V、Z）',
  credit_DIVISION: '第 3 至 8 位应为 6 位行政区划代码', credit_CHECK: '校验位是“{character}”，应为“{expected}”',
  why_NOT_ONE_OF: '“{value}”不是可选值（可选：{allowed}）', why_NOT_A_DATE: '“{value}”不是日期（应为 年-月-日）',
  why_NOT_A_NUMBER: '应为数字，而不是 {value}', why_NOT_A_WHOLE_NUMBER: '应为整数，而不是 {value}', why_NEGATIVE: '不能为负数（{value}）',
  why_BELOW_MINIMUM: '不能小于 {min}（{value}）', why_ID_RESERVED: '“{value}”是系统保留的编号', why_ID_TAKEN: '编号为“{value}”的项目已存在',
  why_IN_THE_FUTURE: '{value} 是未来的日期', why_BEFORE_LAST_EVENT: '{value} 早于项目最近一次推进（{last}，{lastStage}）',
  why_MOVE_BACK_NEEDS_NOTE: '从“{from}”退回“{to}”需填写原因', why_WITHOUT_STAGE_CHANGE: '只有变更阶段时才能填写', why_CANNOT_REMOVE: '不能删除',
  why_NEEDS_RANK_AND_SCORE: '须同时给出排名和得分', why_UNKNOWN_CHAIN: '没有编号为“{value}”的产业链', why_UNKNOWN_LINK: '没有编号为“{value}”的环节',
  why_LINK_OF_OTHER_CHAIN: '环节“{link}”属于产业链“{chain}”，不属于“{named}”', why_UNKNOWN_ENTERPRISE: '没有统一社会信用代码为“{value}”的企业',
  why_UNKNOWN_PARK: '没有编号为“{value}”的园区', why_MENTIONS_ITSELF: '不能提及被走访的企业本身',
  why_REFER_NEEDS_MENTIONS: '意向为“可引荐”的走访须填写可引荐的企业',
  json_number: '数字', json_boolean: '是否值', json_array: '列表', json_object: '对象',
  // simulator and feasibility
  simulate: '模拟落地', simulate_title: '模拟该企业落地本区后，环节、产业链、园区和亩产效益的变化（不写入任何数据）',
  simulate_hint: '按本地企业计算：在其所在环节经营，入驻所选园区（占用一个单元），按所选年度参加亩产效益评价。不写入任何数据。',
  simulate_no_park: '不入驻园区', simulate_year_latest: '最近年度', simulate_run: '模拟', close: '关闭',
  simulate_links: '所在环节', simulate_chains: '所在产业链', covered_links: '已覆盖环节',
  simulate_class_changes: '评价等级因此变化的其他企业：', simulate_no_class_changes: '其他企业的评价等级不变',
  simulate_local_ties: '与本地企业的供应关系', feasibility: '可行性', feasibility_hint: '本地已有环节与该环节的关联度，越高越容易发展（0–1）',
  gap_x_feasibility: '缺口分×可行性', feasibility_contributors: '贡献最大的已覆盖环节',
  // every chain's targets in one list
  rank_in_chain: '链内排名',
  // land and parks (土地, 腾笼换鸟, 工业上楼)
  nav_land: '土地', land_title: '土地 · 低效用地与腾笼换鸟', land_low: '低效用地', land_parcel: '地块', land_holder: '使用权人',
  land_reason: '原因', land_CLASS_D: '评价D类', land_CLASS_CD_TWO_YEARS: '连续两年C/D类', land_LOW_PLOT_RATIO: '容积率低',
  land_IDLE: '闲置', land_plot_ratio: '容积率', land_tax_per_mu: '亩均税收（万元）', land_benchmark: '组内基准（万元/亩）',
  land_upside: '税收潜力（万元）', land_could_move_in: '可导入缺口环节', land_more: '等，共', land_renewals: '腾笼换鸟 · 改造成效',
  land_investment: '改造投资（亿元）', land_tax_after: '改造后年税收（万元）', land_tax_before: '改造前', land_multiple: '税收倍数',
  land_enterprises: '企业数（前→后）', land_completed: '完成时间', land_tax_per_mu_before: '改造前亩均税收',
  land_tax_per_mu_after: '改造后亩均税收', mu: '亩',
  park_stage: '阶段', park_PLANNED: '规划', park_CONSTRUCTION: '在建', park_OPERATING: '运营', park_floors: '层数',
  park_floor_area: '建筑面积（㎡）', park_free_area: '空置面积（㎡）', park_sqm: '平方米', park_load_height: '荷载 · 层高',
  park_load_height_units: 'kN/㎡ · 米', park_approved: '立项', park_constructionStart: '开工', park_completed: '竣工',
  park_opened: '开园', park_titleRegistered: '办证',
  // time: as-of reports, trend, conversion, the brief and its print page, per-mu year on year
  as_of: '截至', brief_download: '下载简报（Word）', brief_print: '打印版', trend_title: '项目推进：与上年同期相比',
  figure: '指标', trend_then: '上年同期', trend_now: '数值', trend_change: '增减', fig_count: '数量', fig_investment: '总投资（亿元）',
  fig_landRenewal: '土地更新', fig_renewed_parcels: '已改造地块（宗）', fig_renewed_mu: '改造面积（亩）',
  fig_tax_before: '改造前年税收（万元）', fig_tax_after: '改造后年税收（万元）', fig_tax_multiple: '税收倍数',
  conversion_title: '推荐转化', conversion_hint: '由招商目标、以企招企推荐行“跟进”建立的项目，按推荐排名分段，有多少进入在谈、签约（跳过的阶段也算到达）',
  conversion_source: '来源', conversion_band: '推荐排名', conversion_created: '建立项目', conversion_talks: '进入在谈', conversion_signed: '实现签约',
  band_TOP_10: '第 1–10 名', band_TOP_50: '第 11–50 名', band_BEYOND_50: '第 51 名以后', band_NONE: '无排名',
  print_now: '打印', print_back: '返回报告', print_sep: '、', print_title: '产业链招商与亩产效益工作简报', print_as_of: '截至',
  print_headline: '主要指标', print_roadmap: '产业链发展路线图（建链、补链、强链、延链）', print_pipeline: '招商项目推进情况',
  print_per_mu: '亩产效益评价', print_land: '土地更新（腾笼换鸟、工业上楼）', print_no_chain: '未关联产业链',
  print_no_evaluation: '截至该日尚无亩产效益评价数据', print_note: '注：各项数字均由产业链图谱计算得出，与报告页同日数字一致；“上年同期”为一年前同日。',
  view_classes: '年度评价', view_compare: '年度对比', tr_from: '起始年度', tr_to: '对比年度', tr_matrix: '等级转移矩阵',
  tr_entered: '新参评', tr_left: '退出评价', tr_up: '等级上升', tr_down: '等级下降', tr_none: '无',
};

const en = {
  nav_review: 'Review', review_intro: 'Links inferred from industry codes, products and business scopes, lowest confidence first. Accepted ones are kept; rejected ones are never inferred again.',
  review_none: 'Nothing waits for review', review_keys: 'Keys: ↑/↓ or j/k move, space marks, a accepts, r rejects (the current row when none is marked).',
  confidence: 'Confidence', confidence_at_most: 'Confidence at most', accept: 'Accept', reject: 'Reject', mark: 'Mark', previous: 'Previous', next: 'Next',
  basis_code: 'industry code {code} matches {listed} (+{part})', basis_product: 'product “{product}” contains “{keyword}” (+{part})',
  basis_scope: 'business scope names {keywords} (+{part})', list_sep: ', ', link_inferred: 'inferred', link_inferred_hint: 'the link was inferred from the industry code, products or scope and not reviewed yet',
  ev_capital: 'registered capital {capital} × 10,000 CNY (revenue unknown)', ev_employees: '{employees} employees (revenue and capital unknown)',
  ev_place: 'place: {tier}', ev_structural_FEEDS: 'its link {link} feeds {neighbour}, a link the district covers',
  ev_structural_FED_BY: 'its link {link} is fed by {neighbour}, a link the district covers', ev_feasibility: 'feasibility of its link {link} from what the district covers: {feasibility}',
  SAME_CITY: 'same city', SAME_PROVINCE: 'same province', NEIGHBOURING_PROVINCE: 'neighbouring province', SAME_REGION: 'same economic region', FURTHER: 'further',
  LINK_GRAPH: 'link graph', RELATEDNESS: 'relatedness',
  ev_tie_SUPPLIES: 'supplies local {partner}{since}', ev_tie_BUYS_FROM: 'buys from local {partner}{since}', ev_since: ' since {since}',
  ev_two_hop: '{path}', ev_adamic_adar: 'Adamic–Adar index {index} toward local enterprises through {shared} partner(s) it shares with them: {partners}{more}', ev_more: ' and {more} more',
  ev_revenue: 'revenue {revenue} × 10,000 CNY', ev_tags: 'recognised: {tags}', ev_park: 'park {park} focuses on the chain and has {free} free unit(s)',
  ev_pipeline: 'invests in a project at stage “{stage}”', ev_inferred: 'inferred', ev_source: 'source',
  ENTERPRISE_RECORD: 'enterprise record', PARK_RECORD: 'park record', PROJECT_RECORD: 'project ledger', LINK_PREDICTION: 'link prediction', UNRECORDED: 'unrecorded',
  app: 'Industry-chain map and investment attraction', appShort: 'Chain map',
  nav_chains: 'Chains', nav_map: 'Chain map', nav_gaps: 'Gaps', nav_targets: 'Targets',
  nav_referrals: 'Referrals', nav_parks: 'Parks', nav_pipeline: 'Pipeline', nav_evaluation: 'Per-mu', nav_report: 'Report',
  loading: 'Loading…', empty: 'Nothing to show', error: 'Something went wrong', retry: 'Retry',
  token: 'access token', token_prompt: 'This server needs an access token:', token_use: 'Use token', all: 'All', none: 'None',
  lang_switch: '中文',
  chain: 'Chain', chains: 'Chains', link: 'Link', links: 'Links', stage: 'Stage', key: 'Key link', status: 'Status', action: 'Action',
  covered: 'Covered', missing: 'Missing', coverage: 'Coverage', leaders: 'Leaders', enterprises: 'Enterprises', projects: 'Projects',
  build: 'To build', investmentYi: 'Investment (100M CNY)', open_map: 'Open map', gaps: 'Gaps', targets: 'Targets',
  UPSTREAM: 'Upstream', MIDSTREAM: 'Midstream', DOWNSTREAM: 'Downstream',
  FILL: 'Fill', EXTEND: 'Extend', STRENGTHEN: 'Strengthen', OK: 'OK', BUILD: 'Build',
  st_FILL: 'Fill · missing link', st_EXTEND: 'Extend · reach outward', st_STRENGTHEN: 'Strengthen · weak link', st_OK: 'OK',
  legend: 'Legend', key_link: 'Key link (thick border)', leader_node: 'Chain leader',
  zoom_in: 'Zoom in', zoom_out: 'Zoom out', fit: 'Fit', collapse: 'Collapse OK links', expand: 'Expand all', save_png: 'Save PNG',
  pick_chain: 'Choose a chain', pick_link: 'Click a link for details',
  local_enterprises: 'Local enterprises', above_scale: 'Above scale', dependency: 'Dependency', criticality: 'Criticality', gap_score: 'Gap score',
  ranked_targets: 'Ranked targets', link_projects: 'Projects for this link', more_targets: 'All targets →',
  local_in_link: 'Local enterprises in this link', leaders_in_link: 'Chain leaders in this link',
  gap_rows: 'Gap analysis', download_xlsx: 'Download Excel', download_csv: 'Download CSV', rows: 'rows',
  score: 'Score', parts: 'Score parts', part_gap: 'Gap', part_strength: 'Strength', part_proximity: 'Proximity', part_park: 'Park fit', part_place: 'Place', inferred_part: 'inferred', inferred_hint: 'this part is inferred (no known supply tie)',
  evidence: 'Evidence', region: 'Region', tag: 'Tag', uscc: 'Credit code', name: 'Name', pipeline_stage: 'Pipeline',
  other_links: 'Other links', source: 'Source', filters: 'Filters', clear: 'Clear', search: 'Search',
  HIGH_TECH: 'High-tech', SRDI: 'SRDI', LITTLE_GIANT: 'Little giant', LISTED: 'Listed',
  ref_title: 'Referrals', ref_pick: 'Enterprise name or credit code', ref_local: 'Whom a local enterprise can bring in', ref_target: 'Who can introduce a target',
  ref_leaders: 'Start from a chain leader: click to see whom it can bring in', ref_no_leaders: 'No chain leaders yet; search an enterprise by name or credit code',
  referrals: 'Targets it can refer', referrers: 'Local referrers', path: 'Path', hops: 'Hops', strength: 'Path strength', leader: 'Leader',
  local: 'Local', nonlocal: 'Non-local', scale: 'Scale', ABOVE: 'Above scale', BELOW: 'Below scale',
  suppliers: 'Suppliers', customers: 'Customers', detail: 'Enterprise', revenue: 'Revenue (10k CNY)', tax: 'Tax (10k CNY)', registeredCapital: 'Registered capital (10k CNY)', employees: 'Employees', industry_code: 'Industry code (GB/T 4754)', products: 'Main products', business_scope: 'Business scope',
  parks: 'Specialised parks', park: 'Park', operator: 'Operator', town: 'Town', area_mu: 'Area (mu)', units: 'Units', occupied: 'Occupied',
  occupancy: 'Occupancy', concentration: 'Lead-industry concentration', goal70: 'goal 70%', certified: 'Certified', focus: 'Focus chains', tenants: 'Tenants',
  meets: 'meets goal', below_goal: 'below goal', in_focus: 'In focus',
  pipeline: 'Project pipeline', funnel: 'By stage', by_type: 'By type', by_chain: 'By chain', count: 'Count', reached: 'Reached', dropped: 'Dropped',
  reached_note: 'Each row: the projects at that stage or beyond, and their investment; in brackets, those at it now. Dropped projects are not counted.',
  now_at: 'now', projects_all: 'All projects (every type, stage and chain)',
  h_chainProjects_note: 'chain projects of the bureau-led chains only, in talks, signed or under construction: not the pipeline page\'s count of every project',
  LEAD: 'Lead', TALKS: 'Talks', SIGNED: 'Signed', CONSTRUCTION: 'Construction', OPERATING: 'Operating', DROPPED: 'Dropped',
  CHAIN: 'Chain-based', REFERRAL: 'Referral', PARK: 'Park-based', TECH_UPGRADE: 'Tech upgrade',
  type: 'Type', investor: 'Investor', updated: 'Updated',
  evaluation: 'Per-mu efficiency', year: 'Year', class: 'Class', rank: 'Rank', fund_ratio: 'Fund ratio', next_class: 'To reach next class',
  indicators: 'Indicators', benchmarks: 'Benchmarks', classes: 'Classes', points: 'points',
  unit_taxPerMu: '10k CNY/mu', unit_valueAddedPerMu: '10k CNY/mu', unit_valueAddedPerTce: '10k CNY/tce',
  unit_valueAddedPerEmissions: '10k CNY/t', unit_labourProductivity: '10k CNY/person', unit_rndShare: '', unit_taxPerKwh: 'CNY/kWh',
  taxPerMu: 'Tax per mu', valueAddedPerMu: 'Value added per mu', valueAddedPerTce: 'Value added per tce', valueAddedPerEmissions: 'Value added per emissions',
  labourProductivity: 'Labour productivity', rndShare: 'R&D share', taxPerKwh: 'Tax per kWh',
  report: 'Report', headline: 'Headline figures', counts: 'Graph size',
  roadmap: 'Roadmap: build, fill, strengthen, extend', r_build: 'Chains to build', r_fill: 'Links to fill', r_extend: 'Links to extend', r_strengthen: 'Links to strengthen',
  r_key: 'key links', r_none: 'none',
  h_chains: 'Key chains', h_bureau: 'Led by the bureau', h_leaders: 'Chain leaders', h_parks: 'Specialised parks', h_certified: 'Certified parks',
  h_area: 'Park area (mu)', h_units: 'Park units', h_tenants: 'Tenants of certified parks', h_chainProjects: 'Chain projects',
  h_tech: 'Tech-upgrade projects', h_referral: 'Referral projects', h_started: 'started', h_signed: 'signed',
  c_chains: 'Chains', c_links: 'Links', c_enterprises: 'Enterprises', c_localEnterprises: 'Local enterprises', c_supplies: 'Supply ties',
  c_leaders: 'Leaders', c_parks: 'Parks', c_projects: 'Projects',
  node_local: 'Local', yi: '×100M CNY', total: 'Total', of: '/', yes: 'yes', no: 'no', page_not_found: 'No such page',
  import_interrupted: 'An import did not finish: ', import_interrupted_since: 'begun', import_interrupted_hint: 'The graph holds only part of it and every page answers from that; run the same import again to complete it.',
  // the workbench: writes, projects, follow-up, visits
  token_needed: 'Saving needs an editor token', token_needed_hint: 'Enter the editor token you were given; it is kept in this browser only.', token_refused: 'The token was not accepted: ',
  cancel: 'Cancel', confirm: 'Confirm', save: 'Save', edit: 'Edit', add: 'Add', remove: 'Remove', reload: 'Reload', colon: ': ',
  fix_problems: 'Please correct the following:', write_failed: 'Could not save', saving: 'Saving…', saved: 'Saved',
  project: 'Project', project_id: 'Project no.', project_facts: 'Project', follow: 'Follow-up', referrer: 'Referrer',
  investment: 'Investment', investment_wan: 'Investment (10k CNY)', owner: 'Owner', owner_none: 'No owner', next_step: 'Next step', due: 'Due',
  overdue: 'overdue', blockers: 'Blockers', blocker_new: 'New blocker', blockers_none: 'No blockers',
  recommended: 'Recommended', recommended_rank: 'rank {rank} · score {score}', created_from: 'Source',
  src_TARGETS: 'Targets', src_REFERRALS: 'Referrals', src_VISITS: 'Visits', src_OTHER: 'Other',
  timeline: 'Stage history', stage_now: 'now', stage_move: 'Move to', stage_back: 'Move back to', stage_at: 'Date', note: 'Note', by: 'By', by_import: 'import',
  note_back: 'a move back needs a reason', note_optional: 'optional', stage_hint: 'Click a stage to move the project forward or back',
  stale: 'Someone changed this project meanwhile; your change was not saved. Reload it, look at the latest, then try again.', stale_version: 'current version',
  follow_up: 'Follow up', follow_up_title: 'Create a lead project from this row and open it',
  role_INVESTOR: 'Investor', role_REFERRER: 'Referrer',
  visits: 'Visits', visit_list: 'Visits', visit_new: 'Record a visit', visit_date: 'Date of visit', visit_by: 'Visited by', visit_by_hint: 'default: the token\'s holder',
  intention: 'Intention', notes: 'Notes', mentions: 'Mentioned enterprises', mentions_hint: 'credit codes, separated by commas, spaces or new lines',
  mentions_pick: 'Add a supplier or customer…', visit_save: 'Save visit', visits_none: 'No visits yet', visit_saved: 'Visit saved',
  intent_NONE: 'None', intent_EXPAND: 'Expansion', intent_NEW_PROJECT: 'New project', intent_RELOCATE_OUT: 'Relocation risk', intent_REFER: 'Can refer',
  relocation: 'Relocation impact', relocation_hint: 'If it moved out, these local enterprises would lose their only supplier in a link:', relocation_none: 'No local enterprise would lose its only supplier',
  visit_confirmed: 'Confirmed on a visit',
  stalled: 'Overdue / stalled projects', idle_days: 'Idle days', reason: 'Reason', reason_OVERDUE: 'Overdue', reason_NO_PROGRESS: 'No progress',
  stalled_days: 'No progress for over', days: 'days', stalled_none: 'No overdue or stalled projects', last_change: 'Last change',
  // the chain map: stage bands, the chain summary, how statuses and scores are computed
  band_UPSTREAM: 'Upstream', band_MIDSTREAM: 'Midstream', band_DOWNSTREAM: 'Downstream',
  summary: 'Chain summary', summary_hint: 'Click a link on the map for its figures and targets', status_counts: 'Links by status',
  key_missing: 'Key links missing', needs_build: 'Needs building', build_yes: 'yes (too few links covered locally)', build_no: 'no',
  how: 'How is this computed', how_title: 'How statuses and scores are computed',
  how_EXTEND: 'Extend: no local enterprise in the link, and it lies at an end of what is local — nothing covered downstream of it, or it is an upstream raw input. The chain is to be extended outward.',
  how_FILL: 'Fill: no local enterprise in the link, but it is a hole between covered links. The gap is to be filled.',
  how_STRENGTHEN: 'Strengthen: covered, but thinly — one enterprise only, none above scale, or mostly supplied from outside (high dependency).',
  how_OK: 'OK: covered well enough; nothing to do.',
  how_gap: 'Gap score = criticality × weakness. Weakness is 1 for Fill and Extend links, and max(1 / local enterprises, dependency) for Strengthen links.',
  how_target: 'A target\'s score is the sum of its parts: gap (the gap score of the link it fills) + strength (revenue, else registered capital or employees; qualifications) + proximity (supply ties with local enterprises; without known ties, inferred from the link graph or the link\'s relatedness) + park fit (a park that suits it) + place (same city, province, neighbouring province, economic region). Equal scores are ordered by place, strength and name.',
  // the long lists: pager, search, the enterprise list
  pager: 'Pages', pager_rows: 'Rows {from}–{to} of {total}', pager_past_end: 'No rows on this page; {total} in all',
  pager_first: 'First', pager_prev: 'Previous', pager_next: 'Next', pager_last: 'Last',
  sort_page_only: 'A click on a header sorts this page only',
  search_enterprise: 'Search name or credit code', search_placeholder: 'Name or credit code',
  download_all_rows: 'Downloads hold every matching row, not only this page',
  nav_enterprises: 'Enterprises', enterprise_list: 'Enterprises', leaders_only: 'Leaders only',
  // problems of the API, worded from their code and values (docs/errors.md): problem_* for an error, why_* for a field of a refused write
  problem_UNKNOWN_CHAIN: 'No chain has the id \'{id}\'', problem_UNKNOWN_ENTERPRISE: 'No enterprise has the credit code \'{id}\'',
  problem_UNKNOWN_PARK: 'No park has the id \'{id}\'', problem_UNKNOWN_PROJECT: 'No project has the id \'{id}\'', problem_NO_SUCH_RESOURCE: 'Nothing is at this address',
  problem_BAD_PARAMETER: 'The value \'{value}\' of “{parameter}” cannot be used: {expected}', problem_BAD_PARAMETER_NO_VALUE: '“{parameter}” cannot be used: {expected}',
  problem_TOKEN_REQUIRED: 'This needs an access token of role {role}', problem_TOKEN_INVALID: 'The access token is not valid',
  problem_ROLE_INSUFFICIENT: 'This needs role {role}; the token has role {held}',
  problem_HOST_NOT_ALLOWED: 'This server answers only requests for localhost, not for \'{host}\'', problem_ORIGIN_NOT_ALLOWED: 'Requests from \'{origin}\' are not allowed',
  problem_BODY_TOO_LARGE: 'The request of {length} bytes is over the limit of {limit} bytes', problem_BODY_TOO_LARGE_NO_SIZE: 'The request is over the size limit',
  problem_RATE_LIMITED: 'Too many requests; try again in {retryAfter} s',
  problem_STALE_VERSION: 'Someone changed project \'{id}\' meanwhile (it is at version {current}, your change was made against {expected}); reload it and redo the change',
  problem_VERSION_REQUIRED: 'A change of project \'{id}\' must name the version it was made against, so that it cannot undo a change it has not seen',
  problem_INVALID_INPUT: 'The request has {count} problems', problem_STORE_UNAVAILABLE: 'The graph store cannot be reached; try again shortly',
  problem_INTERNAL_ERROR: 'Internal error (id {id})',
  token_role_VIEWER: 'viewer', token_role_EDITOR: 'editor', token_role_ADMIN: 'admin',
  expected_PRESENT: 'it is required', expected_ONE_OF: 'it must be one of {allowed}', expected_BETWEEN: 'it must be from {min} to {max}',
  expected_NOT_NEGATIVE: 'it must not be negative', expected_WHOLE_NUMBER: 'it must be a whole number', expected_TRUE_OR_FALSE: 'it must be true or false',
  expected_DATE: 'it must be a date YYYY-MM-DD', expected_CONFIDENCE: 'it must be a number above 0 and at most 1', expected_ID: 'it must be an id: a letter or digit, then letters, digits, \'.\', \'_\', \':\' or \'-\', at most 100 in all',
  expected_CREDIT_CODE: 'it must be a valid credit code of 18 characters', expected_AT_MOST_CHARACTERS: 'it must be at most {max} characters',
  expected_JSON_OBJECT: 'it must be a JSON object', expected_JSON: 'it must be readable JSON', expected_MULTIPART: 'files must be sent as multipart/form-data',
  expected_FILES: 'no file was uploaded', expected_CSV_FILES_OR_ONE_WORKBOOK: 'send either CSV files or one .xlsx workbook, not both or several workbooks',
  expected_CSV_OR_XLSX: 'it must be a .csv or .xlsx file', expected_DISTINCT_FILES: 'the file was sent twice',
  param_id: 'id', param_days: 'days', param_limit: 'limit', param_offset: 'offset', param_format: 'format', param_lang: 'language',
  param_labels: 'labels', param_from: 'from', param_to: 'to', param_files: 'files', param_body: 'body', param_entity: 'entity',
  param_dryRun: 'dry run',
  why_REQUIRED: 'required', why_UNKNOWN_FIELD: 'not a field of this request (known: {known})', why_EXPECTED_OBJECT: 'expected an object',
  why_EXPECTED_TEXT: 'expected text, not {got}', why_EXPECTED_LIST: 'expected a list of texts', why_TOO_LONG: 'longer than {max} characters', why_TOO_MANY_ITEMS: 'more than {max} items',
  why_NOT_AN_ID: '\'{value}\' is not an id (a letter or digit, then letters, digits, \'.\', \'_\', \':\' or \'-\')',
  why_INVALID_CREDIT_CODE: '\'{value}\' is not a valid credit code: {fault}',
  credit_LENGTH: 'it has {length} characters, not 18', credit_CHARACTER: '\'{character}\' at position {position} is not in the code alphabet (no I, O, S, V, Z)',
  credit_DIVISION: 'positions 3 to 8 must be a 6-digit division code', credit_CHECK: 'its check character is \'{character}\', expected \'{expected}\'',
  why_NOT_ONE_OF: '\'{value}\' is not one of {allowed}', why_NOT_A_DATE: '\'{value}\' is not a date YYYY-MM-DD',
  why_NOT_A_NUMBER: 'expected a number, not {value}', why_NOT_A_WHOLE_NUMBER: 'expected a whole number, not {value}', why_NEGATIVE: 'must not be negative ({value})',
  why_BELOW_MINIMUM: 'must be at least {min} ({value})', why_ID_RESERVED: '\'{value}\' is an id the system keeps for itself', why_ID_TAKEN: 'a project \'{value}\' exists already',
  why_IN_THE_FUTURE: '{value} is in the future', why_BEFORE_LAST_EVENT: '{value} is before the project\'s last event ({last}, {lastStage})',
  why_MOVE_BACK_NEEDS_NOTE: 'a move back from {from} to {to} needs a note saying why', why_WITHOUT_STAGE_CHANGE: 'given without a change of stage', why_CANNOT_REMOVE: 'cannot be removed',
  why_NEEDS_RANK_AND_SCORE: 'needs both rank and score', why_UNKNOWN_CHAIN: 'no chain has the id \'{value}\'', why_UNKNOWN_LINK: 'no link has the id \'{value}\'',
  why_LINK_OF_OTHER_CHAIN: 'link \'{link}\' is in chain \'{chain}\', not in \'{named}\'', why_UNKNOWN_ENTERPRISE: 'no enterprise has the credit code \'{value}\'',
  why_UNKNOWN_PARK: 'no park has the id \'{value}\'', why_MENTIONS_ITSELF: 'names the visited enterprise itself',
  why_REFER_NEEDS_MENTIONS: 'a visit that can refer names the enterprises it could introduce',
  json_number: 'a number', json_boolean: 'true or false', json_array: 'a list', json_object: 'an object',
  // simulator and feasibility
  simulate: 'Simulate landing', simulate_title: 'What landing this enterprise in the district would change for links, chains, the park and per-mu classes (nothing is written)',
  simulate_hint: 'Taken as a local enterprise working in its links, a tenant of the chosen park (one more occupied unit), evaluated in the chosen year. Nothing is written.',
  simulate_no_park: 'No park', simulate_year_latest: 'latest year', simulate_run: 'Simulate', close: 'Close',
  simulate_links: 'Its links', simulate_chains: 'Its chains', covered_links: 'Covered links',
  simulate_class_changes: 'Other enterprises whose class would change:', simulate_no_class_changes: 'No other enterprise changes class',
  simulate_local_ties: 'Supply ties with local enterprises', feasibility: 'Feasibility', feasibility_hint: 'How related the links the district has are to this one; the higher, the easier to grow (0–1)',
  gap_x_feasibility: 'Gap × feasibility', feasibility_contributors: 'Covered links that contribute most',
  // every chain's targets in one list
  rank_in_chain: 'Rank in chain',
  // land and parks (土地, 腾笼换鸟, 工业上楼)
  nav_land: 'Land', land_title: 'Land · low-efficiency parcels and renewal', land_low: 'Low-efficiency parcels', land_parcel: 'Parcel',
  land_holder: 'Holder', land_reason: 'Reason', land_CLASS_D: 'Class D', land_CLASS_CD_TWO_YEARS: 'C/D two years',
  land_LOW_PLOT_RATIO: 'Low plot ratio', land_IDLE: 'Idle', land_plot_ratio: 'Plot ratio', land_tax_per_mu: 'Tax per mu (10k CNY)',
  land_benchmark: 'Group benchmark (per mu)', land_upside: 'Tax upside (10k CNY)', land_could_move_in: 'Gap links that could move in',
  land_more: 'and more:', land_renewals: 'Renewal results', land_investment: 'Investment (100m CNY)',
  land_tax_after: 'Tax a year after (10k CNY)', land_tax_before: 'before', land_multiple: 'Tax multiple',
  land_enterprises: 'Enterprises (before → after)', land_completed: 'Completed', land_tax_per_mu_before: 'Tax per mu before',
  land_tax_per_mu_after: 'Tax per mu after', mu: 'mu',
  park_stage: 'Stage', park_PLANNED: 'Planned', park_CONSTRUCTION: 'Building', park_OPERATING: 'Operating', park_floors: 'Floors',
  park_floor_area: 'Floor area (m²)', park_free_area: 'Free floor area (m²)', park_sqm: 'm²', park_load_height: 'Load · height',
  park_load_height_units: 'kN/m² · m', park_approved: 'approved', park_constructionStart: 'started', park_completed: 'completed',
  park_opened: 'opened', park_titleRegistered: 'titles',
  // time: as-of reports, trend, conversion, the brief and its print page, per-mu year on year
  as_of: 'As of', brief_download: 'Brief (Word)', brief_print: 'Print view', trend_title: 'Pipeline: a year before and now',
  figure: 'Figure', trend_then: 'A year before', trend_now: 'Value', trend_change: 'Change', fig_count: 'count', fig_investment: 'investment (×100M CNY)',
  fig_landRenewal: 'Land renewal', fig_renewed_parcels: 'parcels renewed', fig_renewed_mu: 'area renewed (mu)',
  fig_tax_before: 'tax a year before (10k CNY)', fig_tax_after: 'tax a year after (10k CNY)', fig_tax_multiple: 'tax multiple',
  conversion_title: 'Conversion of recommendations', conversion_hint: 'Projects followed up from rows of the targets and referrals, by the rank of the row: how many reached talks and signing (a stage skipped counts as reached)',
  conversion_source: 'Source', conversion_band: 'Rank', conversion_created: 'Projects', conversion_talks: 'Reached talks', conversion_signed: 'Signed',
  band_TOP_10: '1–10', band_TOP_50: '11–50', band_BEYOND_50: '51 and below', band_NONE: 'no rank',
  print_now: 'Print', print_back: 'Back to the report', print_sep: '. ', print_title: 'Industrial chains, attraction and per-mu efficiency: brief', print_as_of: 'As of',
  print_headline: 'Headline figures', print_roadmap: 'Roadmap (build, fill, strengthen, extend)', print_pipeline: 'Pipeline',
  print_per_mu: 'Per-mu evaluation', print_land: 'Land renewal', print_no_chain: 'Without a chain',
  print_no_evaluation: 'No per-mu evaluation up to that day', print_note: 'All figures are computed from the graph and equal those of the report page for the same day; "a year before" is the same day a year earlier.',
  view_classes: 'Classes of a year', view_compare: 'Year on year', tr_from: 'From', tr_to: 'To', tr_matrix: 'Class transitions',
  tr_entered: 'Entered', tr_left: 'Left', tr_up: 'Moved up', tr_down: 'Moved down', tr_none: 'None',
};

const dictionaries = { zh, en };
const STORAGE_KEY = 'chainmap.lang';

function initialLang() {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (fromQuery === 'en' || fromQuery === 'zh') {
    localStorage.setItem(STORAGE_KEY, fromQuery);
    return fromQuery;
  }
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

let lang = initialLang();

export function currentLang() { return lang; }

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem(STORAGE_KEY, lang);
  const query = new URLSearchParams(location.search);
  if (query.has('lang')) {
    query.set('lang', lang);
    history.replaceState(null, '', location.pathname + '?' + query + location.hash);
  }
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** The label for a key in the current language; unknown keys show as themselves so a gap is visible. */
export function t(key) {
  return dictionaries[lang][key] ?? zh[key] ?? key;
}

/** A sentence of the current language with its {name} placeholders filled in from values. */
export function fill(key, values) {
  return t(key).replace(/\{(\w+)\}/g, (all, name) => (values[name] ?? all));
}

/** Names joined as a list in the current language: 、 in Chinese, a comma in English. */
export function listOf(names) {
  return names.join(lang === 'en' ? ', ' : '、');
}

/** A data item's name in the current language: nameEn where the data has one. */
export function nameOf(item) {
  if (!item) return '';
  return (lang === 'en' && item.nameEn) ? item.nameEn : item.name;
}

const ACTIONS = { 补链: 'FILL', 延链: 'EXTEND', 强链: 'STRENGTHEN', 建链: 'BUILD' };

/** A roadmap word of the API (补链, 延链, 强链, 建链) in the current language. */
export function actionOf(word) {
  return ACTIONS[word] ? t(ACTIONS[word]) : (word ?? '—');
}

/** A row's link (its linkName and linkNameEn) in the current language. */
export function linkNameOf(row) {
  return nameOf({ name: row.linkName, nameEn: row.linkNameEn });
}

export function number(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return Number(value).toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN',
    { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function percent(value, digits = 0) {
  if (value === null || value === undefined) return '—';
  return number(value * 100, digits) + '%';
}

document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
