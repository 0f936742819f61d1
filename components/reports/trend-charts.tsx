import type { TrendWeek } from "@/lib/server/reports";
import { formatCount, formatPercent } from "./format";
import { LineChart } from "./line-chart";

const WEEK_START = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", timeZone: "UTC" });

/** Per ISO week of opening: how many tickets, what became of them, and the two answer targets. */
export function TrendCharts({
  weeks,
  escalationText,
  helpdeskText,
}: {
  weeks: TrendWeek[];
  escalationText: string;
  helpdeskText: string;
}) {
  const labels = weeks.map((w) => WEEK_START.format(new Date(`${w.weekStart}T00:00:00Z`)));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div>
        <h3 className="font-semibold">Jumlah tiket per minggu dibuka</h3>
        <LineChart
          id="tren-jumlah"
          title="Tiket dibuka, ditutup penanya, berakhir otomatis dan dieskalasi, per minggu"
          xLabels={labels}
          formatValue={(v) => formatCount(Math.round(v))}
          series={[
            { name: "Dibuka", values: weeks.map((w) => w.opened), color: "#0b4f63" },
            { name: "Ditutup penanya", values: weeks.map((w) => w.resolved), color: "#2f7d32", dash: "6 3" },
            { name: "Berakhir otomatis", values: weeks.map((w) => w.expired), color: "#b3261e", dash: "2 3" },
            { name: "Dieskalasi otomatis", values: weeks.map((w) => w.escalated), color: "#8a5300", dash: "10 3 2 3" },
          ]}
        />
      </div>
      <div>
        <h3 className="font-semibold">Target jawaban per minggu dibuka</h3>
        <LineChart
          id="tren-target"
          title={`Persentase dijawab Dinas dalam ${escalationText} dan dijawab Helpdesk dalam ${helpdeskText}, per minggu`}
          xLabels={labels}
          yMax={1}
          formatValue={(v) => formatPercent(v)}
          series={[
            { name: `Dinas ≤ ${escalationText}`, values: weeks.map((w) => w.dinasAnswerRate), color: "#0b4f63" },
            {
              name: `Helpdesk ≤ ${helpdeskText}`,
              values: weeks.map((w) => w.helpdeskCompliance),
              color: "#8a5300",
              dash: "6 3",
            },
          ]}
        />
      </div>
    </div>
  );
}
