/**
 * The few W3C WebDriver commands the WebKit flows use, over HTTP to a
 * WebDriver server (https://www.w3.org/TR/webdriver2/). Ten commands do not
 * need a client library, and this one cannot download a driver or a browser.
 */

/** The key WebDriver's "Element Send Keys" takes for Enter. */
const ENTER = "\uE007";
/** How WebDriver names an element in its answers. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export interface WebDriverSession {
  /** What the browser said it is: browserName, browserVersion, … */
  readonly capabilities: Readonly<Record<string, unknown>>;
  navigate(url: string): Promise<void>;
  refresh(): Promise<void>;
  /** Runs a script body (which may `return` a promise) in the page; resolves with its JSON result. */
  execute(body: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  sendKeys(selector: string, text: string): Promise<void>;
  setWindowSize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

async function command(server: string, method: "GET" | "POST" | "DELETE", path: string, body?: object) {
  const response = await fetch(`${server}${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body && JSON.stringify(body),
  });
  const { value } = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const { error, message } = value as { error: string; message: string };
    throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
  }
  return value;
}

/** Whether the server at `server` answers and can start a session. */
export async function serverReady(server: string): Promise<boolean> {
  try {
    return ((await command(server, "GET", "/status")) as { ready: boolean }).ready;
  } catch {
    return false;
  }
}

export async function newSession(server: string, capabilities: object): Promise<WebDriverSession> {
  const created = (await command(server, "POST", "/session", { capabilities: { alwaysMatch: capabilities } })) as {
    sessionId: string;
    capabilities: Record<string, unknown>;
  };
  const session = `/session/${created.sessionId}`;
  const send = (method: "POST" | "DELETE", path: string, body: object = {}) =>
    command(server, method, `${session}${path}`, method === "POST" ? body : undefined);
  const element = async (selector: string) =>
    ((await send("POST", "/element", { using: "css selector", value: selector })) as Record<string, string>)[ELEMENT];
  return {
    capabilities: created.capabilities,
    navigate: async (url) => void (await send("POST", "/url", { url })),
    refresh: async () => void (await send("POST", "/refresh")),
    execute: async (body) => {
      // Asynchronous, so the body may return a promise; a rejection comes back as an error, not as a value.
      const outcome = (await send("POST", "/execute/async", {
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => { ${body} }).then((value) => done({ value }), (error) => done({ error: String(error) }));`,
        args: [],
      })) as { value?: unknown; error?: string };
      if (outcome.error !== undefined) throw new Error(`in the page: ${outcome.error}`);
      return outcome.value;
    },
    click: async (selector) => void (await send("POST", `/element/${await element(selector)}/click`)),
    sendKeys: async (selector, text) =>
      void (await send("POST", `/element/${await element(selector)}/value`, { text: text.replaceAll("\n", ENTER) })),
    setWindowSize: async (width, height) => void (await send("POST", "/window/rect", { width, height })),
    close: async () => void (await send("DELETE", "")),
  };
}
