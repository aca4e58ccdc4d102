import { AREAS, PRIORITIES, STATUSES, type Engineer } from "./types.ts";
import { statusLabel } from "./format.ts";

export interface QueueFilters {
  area: string;
  status: string;
  priority: string;
  assignee: string;
  search: string;
}

interface Props {
  value: QueueFilters;
  onChange: (value: QueueFilters) => void;
  engineers: Engineer[];
}

/** The queue's filter bar: area, status, priority, assignee and a search box. */
export function Filters({ value, onChange, engineers }: Props) {
  const set = (key: keyof QueueFilters) => (event: { target: { value: string } }) =>
    onChange({ ...value, [key]: event.target.value });
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label>
        <span className="sr-only">Search</span>
        <input
          id="queue-search"
          type="search"
          placeholder="Search subject, customer, code…"
          value={value.search}
          onChange={set("search")}
        />
      </label>
      <label>
        Area
        <select value={value.area} onChange={set("area")}>
          <option value="">all</option>
          {AREAS.map((area) => (
            <option key={area}>{area}</option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select value={value.status} onChange={set("status")}>
          <option value="">open</option>
          {STATUSES.filter((s) => s !== "resolved" && s !== "closed").map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Priority
        <select value={value.priority} onChange={set("priority")}>
          <option value="">all</option>
          {PRIORITIES.map((priority) => (
            <option key={priority}>{priority}</option>
          ))}
        </select>
      </label>
      <label>
        Assignee
        <select value={value.assignee} onChange={set("assignee")}>
          <option value="">anyone</option>
          <option value="me">me</option>
          <option value="none">unassigned</option>
          {engineers.map((engineer) => (
            <option key={engineer.id} value={engineer.id}>
              {engineer.name}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
