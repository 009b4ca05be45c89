/**
 * The spreadsheet form of a dataset: which CSV file holds which collection, and which column holds which field.
 * `npm run dataset -- from-csv` and `to-csv` both read these tables, and datasets/template/README.md documents them,
 * so the two directions and the documentation cannot drift apart.
 */

/** How a cell is read: text as it is, numbers, `true`/`false`, or ids separated by spaces. */
export type CellKind = 'text' | 'number' | 'boolean' | 'list';

export interface ColumnSpec {
  /** The header in the CSV file: lower case, words joined by `_`. */
  name: string;
  /**
   * Where the value goes in the row's object. `$a` and `$b` stand for the row's first and second actor of the pair
   * (a relation's embassies are keyed by actor code).
   */
  path: readonly string[];
  kind: CellKind;
  /** The column must be in the header (the field is required by the schema). */
  required?: boolean;
  /** A blank cell is `null` (not known) rather than absent. */
  nullable?: boolean;
  /** Words a `boolean` cell also takes, kept as they are (an embassy may be `vacated`). */
  also?: readonly string[];
  doc: string;
}

export type TableKey =
  | 'dataset'
  | 'years'
  | 'actors'
  | 'flows'
  | 'relations'
  | 'causes'
  | 'events'
  | 'gaps'
  | 'totals'
  | 'story'
  | 'sources';

export interface TableSpec {
  key: TableKey;
  file: string;
  required: boolean;
  doc: string;
  columns: readonly ColumnSpec[];
}

const col = (
  name: string,
  path: string | readonly string[],
  kind: CellKind,
  doc: string,
  flags: { required?: boolean; nullable?: boolean; also?: readonly string[] } = {},
): ColumnSpec => ({ name, path: typeof path === 'string' ? [path] : path, kind, doc, ...flags });
const req = { required: true };
const sources = col('sources', 'sources', 'list', 'Source ids (from sources.csv), separated by spaces.', req);
const evidence = col(
  'evidence',
  'evidence',
  'text',
  '`reported` (read in a source), `derived` (computed from reported figures), `seed` (the article says so) or `unverified`.',
  req,
);

export const csvTables: readonly TableSpec[] = [
  {
    key: 'dataset',
    file: 'dataset.csv',
    required: true,
    doc: 'One row: what the dataset is.',
    columns: [
      col('schema', '$schema', 'text', 'Optional: the JSON Schema the written file points to.'),
      col('id', 'id', 'text', 'A short id for the dataset.', req),
      col('title', 'title', 'text', 'Shown in the attribution and exports.', req),
      col('description', 'description', 'text', 'Optional: a sentence or two on what it covers.'),
      col('focus', 'focus', 'text', 'The actor code every flow and relation is told from (e.g. `PRK`).', req),
      col('method', 'method', 'text', 'How the figures were gathered and what they can and cannot say.', req),
      col(
        'changes',
        'changes',
        'text',
        'Optional: what changed in the data since it was published, and why.',
      ),
      col('license', 'license', 'text', 'Optional: the licence of the compilation.'),
    ],
  },
  {
    key: 'years',
    file: 'years.csv',
    required: true,
    doc: 'One row per stop of the year slider, in increasing order.',
    columns: [
      col('year', 'year', 'number', 'The year, e.g. `2017`.', req),
      col('label', 'label', 'text', 'One or two words shown on the slider.', req),
      col('caption', 'caption', 'text', 'A sentence on what changed that year.', req),
      sources,
    ],
  },
  {
    key: 'actors',
    file: 'actors.csv',
    required: true,
    doc: 'One row per country: the focus country and its partners.',
    columns: [
      col('code', 'code', 'text', 'ISO 3166 alpha-3 code in capitals, e.g. `MYS`.', req),
      col('name', 'name', 'text', 'The name readers see.', req),
      col(
        'iso_numeric',
        'isoNumeric',
        'text',
        'Optional: ISO 3166 numeric code (three digits) to tint the country.',
      ),
      col('role', 'role', 'text', '`focus` (exactly one actor) or `partner`.', req),
      col('capital', ['capital', 'name'], 'text', "The capital's name.", req),
      col('capital_lon', ['capital', 'lon'], 'number', "The capital's longitude.", req),
      col('capital_lat', ['capital', 'lat'], 'number', "The capital's latitude.", req),
      col(
        'capital_sources',
        ['capital', 'sources'],
        'list',
        'Source ids for the capital and its position.',
        req,
      ),
    ],
  },
  {
    key: 'flows',
    file: 'flows.csv',
    required: true,
    doc: 'One row per published trade figure. Several figures for one pair and year may stand side by side; `default` marks the one drawn.',
    columns: [
      col('id', 'id', 'text', 'A unique id.', req),
      col('year', 'year', 'number', 'One of the years in years.csv.', req),
      col('from', 'from', 'text', 'Actor code the goods come from (or one side of a two-way total).', req),
      col('to', 'to', 'text', 'Actor code the goods go to (or the other side).', req),
      col('type', 'type', 'text', '`directed` (from → to) or `total` (two-way trade).', req),
      col(
        'value_usd',
        'valueUsd',
        'number',
        'US dollars, a plain number (no separators, no currency sign).',
        req,
      ),
      col(
        'original_currency',
        ['original', 'currency'],
        'text',
        'Optional: the currency the source used (ISO 4217, e.g. `MYR`).',
      ),
      col('original_value', ['original', 'value'], 'number', 'Optional: the value in that currency.'),
      col(
        'original_conversion',
        ['original', 'conversion'],
        'text',
        'Optional: how it was converted to US dollars.',
      ),
      col(
        'period_from',
        ['period', 'from'],
        'text',
        'Optional: start of the period covered, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.',
      ),
      col('period_to', ['period', 'to'], 'text', 'Optional: end of the period covered.'),
      col('period_note', ['period', 'note'], 'text', 'Optional: a note on the period.'),
      col('series', 'series', 'text', 'Whose statistics: `KOTRA`, `China customs`, `ITC`…', req),
      evidence,
      col('method', 'method', 'text', 'How a derived figure was computed (required for `derived`).'),
      col(
        'default',
        'default',
        'boolean',
        '`true` for the figure drawn on the map; blank or `false` otherwise.',
      ),
      col('default_reason', 'defaultReason', 'text', 'Optional: why this figure is the one drawn.'),
      col('note', 'note', 'text', 'Optional: anything a reader should know.'),
      sources,
    ],
  },
  {
    key: 'relations',
    file: 'relations.csv',
    required: true,
    doc: 'One row per pair and year: the state of diplomatic relations.',
    columns: [
      col('id', 'id', 'text', 'A unique id.', req),
      col('year', 'year', 'number', 'One of the years in years.csv.', req),
      col('a', ['between', '0'], 'text', 'Actor code of one side (usually the focus country).', req),
      col('b', ['between', '1'], 'text', 'Actor code of the other side.', req),
      col('status', 'status', 'text', '`full`, `downgraded`, `severed` or `none`.', req),
      col(
        'a_embassy',
        ['residentEmbassy', '$a'],
        'boolean',
        '`true`/`false`: does `a` keep a resident embassy in `b`? `vacated`: kept, its staff gone for a time. Blank: not known.',
        { nullable: true, also: ['vacated'] },
      ),
      col(
        'b_embassy',
        ['residentEmbassy', '$b'],
        'boolean',
        '`true`/`false`: does `b` keep a resident embassy in `a`? `vacated`: kept, its staff gone for a time. Blank: not known.',
        { nullable: true, also: ['vacated'] },
      ),
      col('visa_free', 'visaFree', 'boolean', '`true`/`false`, blank when not known.', { nullable: true }),
      col(
        'trade_suspension',
        'tradeSuspension',
        'text',
        '`none`, `partial` or `full`, blank when not known.',
        {
          nullable: true,
        },
      ),
      col('summary', 'summary', 'text', 'A sentence or two on the relation that year.', req),
      col(
        'featured',
        'featured',
        'boolean',
        'Optional: `true` for the relation the story is about, drawn stronger than the others and named in the headline.',
      ),
      evidence,
      sources,
    ],
  },
  {
    key: 'causes',
    file: 'causes.csv',
    required: false,
    doc: 'Optional. The dated steps behind a relation, one row each, in the order they are to be listed.',
    columns: [
      col('relation', 'relation', 'text', 'The id of the relation (in relations.csv).', req),
      col('date', 'date', 'text', '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`.', req),
      col('text', 'text', 'text', 'What happened.', req),
      sources,
    ],
  },
  {
    key: 'events',
    file: 'events.csv',
    required: false,
    doc: 'Optional. Dated events shown as markers and in the details.',
    columns: [
      col('id', 'id', 'text', 'A unique id.', req),
      col('date', 'date', 'text', '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`.', req),
      col('precision', 'precision', 'text', '`day`, `month` or `year`: how exact the date is.', req),
      col(
        'date_to',
        'dateTo',
        'text',
        'Optional: the last date it may have happened on (sources disagree) or went on to, written like `date`.',
      ),
      col('date_note', 'dateNote', 'text', 'Optional: when sources disagree on the date, say so here.'),
      col('year', 'year', 'number', 'The slider year whose state the event explains.', req),
      col(
        'kind',
        'kind',
        'text',
        '`diplomatic`, `trade`, `sanctions`, `security`, `legal` or `context`.',
        req,
      ),
      col('title', 'title', 'text', 'A short title.', req),
      col('description', 'description', 'text', 'What happened, in a sentence or two.', req),
      col('place', ['place', 'name'], 'text', 'Optional: where it happened.'),
      col('place_lon', ['place', 'lon'], 'number', "Optional: the place's longitude (with `place_lat`)."),
      col('place_lat', ['place', 'lat'], 'number', "Optional: the place's latitude."),
      col(
        'place_sources',
        ['place', 'sources'],
        'list',
        "Optional: source ids for the coordinates, when they are not the event's own sources.",
      ),
      col(
        'place_note',
        ['place', 'note'],
        'text',
        'Optional: how exact the marker is (a test site, not the epicentre); for the data, not shown on the map.',
      ),
      col('actors', 'actors', 'list', 'Actor codes involved, separated by spaces.', req),
      evidence,
      col('note', 'note', 'text', 'Optional: anything a reader should know.'),
      sources,
    ],
  },
  {
    key: 'gaps',
    file: 'gaps.csv',
    required: false,
    doc: 'Optional. Pairs and years for which no figure was found: shown as "no reported figure", never as 0.',
    columns: [
      col('id', 'id', 'text', 'A unique id.', req),
      col('year', 'year', 'number', 'One of the years in years.csv.', req),
      col('a', ['between', '0'], 'text', 'Actor code of one side.', req),
      col('b', ['between', '1'], 'text', 'Actor code of the other side.', req),
      col('about', 'about', 'text', '`trade`, `exports`, `imports` or `relations`: what is missing.', req),
      col('reason', 'reason', 'text', 'Why there is no figure (what was searched).', req),
      col('sources', 'sources', 'list', 'Optional: source ids that show the absence.'),
    ],
  },
  {
    key: 'totals',
    file: 'totals.csv',
    required: false,
    doc: "Optional. The focus country's recorded trade with the world per year and series: a partner's figure of the same series is shown as a share of it.",
    columns: [
      col('id', 'id', 'text', 'A unique id.', req),
      col('year', 'year', 'number', 'One of the years in years.csv.', req),
      col(
        'series',
        'series',
        'text',
        "The statistics' body, written exactly as in flows.csv: a figure is divided only by its own series' total.",
        req,
      ),
      col('value_usd', 'valueUsd', 'number', 'Total trade in US dollars.', req),
      col('exports_usd', 'exportsUsd', 'number', "Optional: the focus country's exports."),
      col('imports_usd', 'importsUsd', 'number', "Optional: the focus country's imports."),
      evidence,
      col('note', 'note', 'text', 'Optional.'),
      sources,
    ],
  },
  {
    key: 'story',
    file: 'story.csv',
    required: false,
    doc: 'Optional. The story told step by step, in order: what the map shows at each step and the words beside it.',
    columns: [
      col('id', 'id', 'text', 'A unique id (the `step` attribute and `data-step` name it).', req),
      col('year', 'year', 'number', 'One of the years in years.csv.', req),
      col('title', 'title', 'text', "The step's title.", req),
      col('text', 'text', 'text', 'A few sentences, in your own words.', req),
      col(
        'layers',
        'layers',
        'list',
        'Optional: the layers shown (`trade relations events labels`), separated by spaces.',
      ),
      col('direction', 'direction', 'text', 'Optional: `both`, `exports` or `imports`.'),
      col(
        'select_kind',
        ['select', 'kind'],
        'text',
        'Optional: `actor`, `flow`, `relation` or `event` to pick out.',
      ),
      col('select_id', ['select', 'id'], 'text', "Optional: that feature's id or actor code."),
      col(
        'select_also',
        ['select', 'also'],
        'list',
        'Optional: more ids of the same kind that stand out with it, separated by spaces.',
      ),
      col(
        'center_lon',
        ['view', 'center', '0'],
        'number',
        "Optional: the view's centre, longitude (with `center_lat`, `zoom`).",
      ),
      col('center_lat', ['view', 'center', '1'], 'number', "Optional: the view's centre, latitude."),
      col('zoom', ['view', 'zoom'], 'number', "Optional: the view's zoom."),
      col(
        'frame',
        ['view', 'frame'],
        'list',
        'Optional: actor codes whose capitals the view frames, instead of a centre.',
      ),
      sources,
    ],
  },
  {
    key: 'sources',
    file: 'sources.csv',
    required: true,
    doc: 'One row per source that a figure or fact cites.',
    columns: [
      col('id', 'id', 'text', 'A unique id, cited in the other files.', req),
      col('title', 'title', 'text', "The source's title.", req),
      col('publisher', 'publisher', 'text', 'Who published it.', req),
      col('author', 'author', 'text', 'Optional.'),
      col('date', 'date', 'text', 'Optional: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.'),
      col('url', 'url', 'text', 'Optional: an http(s) link.'),
      col('via', 'via', 'text', 'Optional: where it was read when not in the original.'),
      col(
        'descriptive',
        'descriptive',
        'boolean',
        'Optional: `true` when the title describes the piece rather than quoting its headline.',
      ),
      col('note', 'note', 'text', 'Optional.'),
    ],
  },
];

export const tableByKey = (key: TableKey): TableSpec => csvTables.find((t) => t.key === key)!;
