// The explorer's shell: routes on the URL fragment (#/block/12), the search box and the live indicator.
import { call, clearHeadListeners, live, onLiveStatus } from "./rpc.js";
import { errorBox, notFound, routes } from "./pages.js";
import { num } from "./format.js";

const app = document.getElementById("app");
let generation = 0;

async function route() {
  const gen = ++generation;
  clearHeadListeners();
  delete app.dataset.loaded;
  const fragment = location.hash.replace(/^#\/?/, "");
  const [path, query] = fragment.split("?");
  let parts;
  try {
    parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    parts = ["?"];
  }
  const name = parts[0] ?? "";
  const page = Object.hasOwn(routes, name) ? routes[name] : null;
  const ctx = {
    params: new URLSearchParams(query ?? ""),
    isCurrent: () => gen === generation,
    render(content) {
      if (gen === generation) app.innerHTML = String(content);
    },
    title(text) {
      if (gen === generation) document.title = `${text} · Tributary explorer`;
    },
  };
  try {
    if (page) {
      await page(ctx, ...parts.slice(1));
    } else {
      ctx.render(notFound(`No page at #/${path}.`));
    }
  } catch (e) {
    console.warn(e);
    ctx.render(errorBox(e));
  }
  if (ctx.isCurrent()) {
    app.dataset.loaded = page ? name || "home" : "none";
    for (const a of document.querySelectorAll("header nav a")) {
      a.classList.toggle("current", a.getAttribute("href") === `#/${name}`);
    }
  }
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("q");
  const q = input.value.trim();
  if (!q) return;
  input.blur();
  location.hash = `#/search/${encodeURIComponent(q)}`;
});

const indicator = document.getElementById("live");
onLiveStatus((status) => {
  indicator.textContent = status === "live" ? "live" : status;
  indicator.classList.toggle("on", status === "live");
});

window.addEventListener("hashchange", route);
live.start();
route();

call("eth_chainId").then((id) => {
  document.getElementById("chain").textContent = `Chain id ${num(id)}.`;
}).catch(() => {});
