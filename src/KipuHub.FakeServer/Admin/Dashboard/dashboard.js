// The fake's dashboard. Every action is a fetch to the admin API (/_admin/*), the same operations the C# handle
// (FakeHubServer) runs, so the page cannot do anything a test could not. Values reach the DOM only as text nodes
// (textContent), never as HTML: paths, messages and names come from requests anyone could have sent.
"use strict";

const KEY_STORAGE = "kipuhub-admin-key";
const POLL_MS = 1000;
const JOURNAL_LIMIT = 200;

const $ = (id) => document.getElementById(id);
let entries = [];
let selected = null;
let pollTimer = null;

// Builds an element; string children become text nodes, so data never turns into markup.
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(child == null ? "" : String(child)));
  }
  return node;
}

function fill(tbody, rows) {
  tbody.replaceChildren(...rows);
}

function say(text, isError) {
  const message = $("message");
  message.textContent = text;
  message.className = isError ? "error" : "";
}

class Unauthorized extends Error {}

// One admin call. The key typed into the prompt goes along on every call; a 401 sends the user back to the prompt.
async function admin(method, path, body) {
  const headers = {};
  const key = sessionStorage.getItem(KEY_STORAGE);
  if (key) headers["X-Admin-Key"] = key;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch("/_admin/" + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  const json = await response.json().catch(() => null);
  if (response.status === 401) {
    throw new Unauthorized((json && json.errorMessage) || "401 Unauthorized");
  }
  if (!response.ok) {
    throw new Error((json && json.errorMessage) || `${response.status} ${response.statusText}`);
  }
  return json;
}

// Runs a user's action, then shows its answer and the state after it.
async function act(action) {
  try {
    const answer = await action();
    say(answer && answer.result ? answer.result : "Done.", false);
  } catch (error) {
    handle(error);
  }
  await refresh();
}

function handle(error) {
  if (error instanceof Unauthorized) {
    lock(error.message);
  } else {
    say(error.message, true);
  }
}

function lock(reason) {
  clearInterval(pollTimer);
  pollTimer = null;
  $("app").hidden = true;
  $("key-prompt").hidden = false;
  // With no key typed yet, the 401 only says a key is needed; the prompt says that already.
  $("key-error").textContent = sessionStorage.getItem(KEY_STORAGE) ? reason : "";
  $("admin-key").focus();
}

async function unlock() {
  try {
    await renderSeed(await admin("GET", "seed"));
  } catch (error) {
    handle(error);
    return;
  }
  $("key-prompt").hidden = true;
  $("app").hidden = false;
  await refresh();
  pollTimer = pollTimer || setInterval(refresh, POLL_MS);
}

// --- Journal --------------------------------------------------------------------------------------------------

function journalQuery() {
  const query = new URLSearchParams({ limit: String(JOURNAL_LIMIT) });
  const tenant = $("filter-tenant").value;
  const route = $("filter-route").value.trim();
  if (tenant) query.set("tenant", tenant);
  if (route) query.set("route", route);
  return "journal?" + query;
}

function statusMatches(entry) {
  const wanted = $("filter-status").value;
  if (wanted === "") return true;
  return wanted === "0" ? entry.status === 0 : Math.floor(entry.status / 100) === Number(wanted);
}

function renderJournal(journal) {
  // The status filter is the page's own view of what the API returned: the journal API filters by tenant and route.
  entries = journal.entries.filter(statusMatches).reverse();
  $("journal-count").textContent = `${entries.length} shown, ${journal.count} matching, ${journal.dropped} dropped (capacity ${journal.capacity})`;
  fill($("journal").tBodies[0], entries.map((entry) => {
    const row = el("tr", { className: entry.sequence === selected ? "selected" : "" },
      el("td", {}, entry.sequence),
      el("td", {}, new Date(entry.timestamp).toLocaleTimeString()),
      el("td", { className: "method" }, entry.method),
      el("td", { className: "path" }, entry.path + (entry.query ? "?" + entry.query : "")),
      el("td", {}, entry.tenantId ?? "-"),
      el("td", {}, entry.principal ?? "-"),
      el("td", { className: "status status-" + Math.floor(entry.status / 100) }, entry.status === 0 ? "dropped" : entry.status),
      el("td", {}, entry.durationMs.toFixed(1)),
      el("td", {}, entry.fault ?? ""),
      el("td", {}, (entry.diagnostics || []).join("\n")));
    row.dataset.sequence = entry.sequence;
    row.addEventListener("click", () => showEntry(entry));
    return row;
  }));
  const routes = new Set(journal.entries.map((e) => e.route).filter(Boolean));
  fill($("route-names"), [...routes].sort().map((route) => el("option", { value: route })));
}

function showEntry(entry) {
  selected = entry.sequence;
  for (const row of $("journal").tBodies[0].rows) {
    row.classList.toggle("selected", Number(row.dataset.sequence) === selected);
  }
  // The entry as the journal API gave it; it never holds a header, so never a token.
  $("entry-details").textContent = JSON.stringify(entry, null, 2);
}

// --- Faults, snapshots, clock, tenants, seed ------------------------------------------------------------------

function describeFault(fault) {
  const parts = [];
  if (fault.status) parts.push(`${fault.status}${fault.retryAfterSeconds != null ? ` Retry-After ${fault.retryAfterSeconds}` : ""}`);
  if (fault.drop) parts.push("drop");
  if (fault.latencyMs != null) parts.push(`+${fault.latencyMs}${fault.latencyMaxMs != null ? "-" + fault.latencyMaxMs : ""} ms`);
  if (fault.after) parts.push(`after ${fault.after}`);
  if (fault.times != null) parts.push(`${fault.times} times`);
  if (fault.probability !== 1) parts.push(`p=${fault.probability}`);
  return parts.join(", ");
}

function renderFaults(faults) {
  fill($("faults").tBodies[0], faults.map((status) => el("tr", { className: "fault" },
    el("td", {}, status.id),
    el("td", {}, status.fault.route ?? "every route"),
    el("td", {}, status.fault.tenant ?? "any"),
    el("td", {}, describeFault(status.fault)),
    el("td", { className: "hits" }, status.hits),
    el("td", { className: "fired" }, status.fired),
    el("td", {}, el("button", { type: "button", className: "remove", onclick: () => act(() => admin("DELETE", "faults/" + encodeURIComponent(status.id))) }, "Remove")))));
}

function renderSnapshots(snapshots) {
  fill($("snapshots").tBodies[0], snapshots.map((snapshot) => el("tr", {},
    el("td", { className: "name" }, snapshot.name),
    el("td", {}, new Date(snapshot.takenAt).toLocaleTimeString()),
    el("td", {},
      el("button", { type: "button", className: "restore", onclick: () => act(() => admin("POST", `snapshots/${encodeURIComponent(snapshot.name)}/restore`)) }, "Restore"),
      " ",
      el("button", { type: "button", className: "delete", onclick: () => act(() => admin("DELETE", "snapshots/" + encodeURIComponent(snapshot.name))) }, "Delete")))));
}

function renderClock(clock) {
  $("clock-now").textContent = clock.now;
  $("clock-advanced").textContent = clock.advanced;
}

function renderTenants(tenants) {
  fill($("tenants").tBodies[0], tenants.map((tenant) => el("tr", {},
    el("td", {}, tenant.name),
    el("td", {}, tenant.id),
    el("td", {}, (tenant.isOrganization ? "organization" : "personal") + (tenant.seeded ? ", seeded" : ", created")),
    el("td", {}, tenant.members.map((m) => `${m.username} (${m.role})`).join(", ")))));
  // Keep the chosen tenant while the list is rebuilt.
  const select = $("filter-tenant");
  const chosen = select.value;
  fill(select, [el("option", { value: "" }, "any"),
    ...tenants.map((t) => el("option", { value: t.id, selected: t.id === chosen }, `${t.name} (${t.id})`))]);
}

// The seed info also lists the seeded principals' tokens; the page shows none of them, only ids and names.
async function renderSeed(seed) {
  $("seed-summary").textContent = `seed ${seed.seed}, reference date ${seed.referenceDate}`;
  const rows = [["Seed", seed.seed], ["Reference date", seed.referenceDate],
    ["Demo user", `${seed.demo.username} (${seed.demo.userId})`],
    ...seed.organizations.map((o) => ["Organization", `${o.name} (${o.id})`]),
    ["Collections", seed.collections.map((c) => `${c.name} ${c.count}`).join(", ")]];
  $("seed").replaceChildren(...rows.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));
}

let refreshing = null;
let again = false;

// One refresh at a time; a call that comes while one runs (a filter changed) runs once more after it, with the
// filters as they are then, so the table never ends on an answer to old filters.
async function refresh() {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      try {
        const [journal, faults, snapshots, clock, tenants] = await Promise.all([
          admin("GET", journalQuery()), admin("GET", "faults"), admin("GET", "snapshots"), admin("GET", "clock"), admin("GET", "tenants")]);
        renderJournal(journal);
        renderFaults(faults);
        renderSnapshots(snapshots);
        renderClock(clock);
        renderTenants(tenants);
      } catch (error) {
        handle(error);
        return;
      }
    } while (again);
  })();
  try {
    await refreshing;
  } finally {
    refreshing = null;
  }
}

// --- Wiring ---------------------------------------------------------------------------------------------------

// A number field left empty is left out: the admin API refuses "" where it wants a number.
function numberOf(id) {
  const value = $(id).value.trim();
  return value === "" ? undefined : Number(value);
}

function textOf(id) {
  const value = $(id).value.trim();
  return value === "" ? undefined : value;
}

function wire() {
  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY_STORAGE, $("admin-key").value);
    unlock();
  });
  for (const id of ["filter-tenant", "filter-route", "filter-status"]) {
    $(id).addEventListener("change", refresh);
  }
  $("journal-filters").addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  $("journal-clear").addEventListener("click", () => act(() => admin("DELETE", "journal")));
  $("fault-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const fault = {
      route: textOf("fault-route"), tenant: textOf("fault-tenant"), status: numberOf("fault-status"),
      times: numberOf("fault-times"), retryAfterSeconds: numberOf("fault-retry"), latencyMs: numberOf("fault-latency"),
      drop: $("fault-drop").checked,
    };
    act(async () => {
      const added = await admin("POST", "faults", fault);
      return { result: `Fault '${added.id}' added.` };
    });
  });
  $("faults-clear").addEventListener("click", () => act(() => admin("DELETE", "faults")));
  $("snapshot-form").addEventListener("submit", (event) => {
    event.preventDefault();
    act(() => admin("PUT", "snapshots/" + encodeURIComponent($("snapshot-name").value.trim())));
  });
  $("clock-form").addEventListener("submit", (event) => {
    event.preventDefault();
    act(async () => {
      const clock = await admin("POST", "clock/advance", { by: $("clock-by").value.trim() });
      return { result: `The clock is at ${clock.now}.` };
    });
  });
  $("reset-all").addEventListener("click", () => act(() => admin("POST", "reset")));
}

wire();
unlock();
