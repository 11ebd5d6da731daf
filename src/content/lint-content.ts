import { type Content, ENGINE_TEXT_KEYS, type Flow, type FlowNode } from '../engine/index.ts';

/** Finds what would break a conversation: dangling or unreachable nodes, endless paths, missing texts. */
export function lintContent(content: Content, hostTextKeys: readonly string[] = []): string[] {
  const problems: string[] = [];
  const used = new Set<string>([...ENGINE_TEXT_KEYS, ...hostTextKeys]);
  for (const flow of Object.values(content.flows)) {
    problems.push(...lintFlow(flow, content, used));
  }
  problems.push(...lintTexts(content, used));
  return problems;
}

function targetsOf(node: FlowNode): string[] {
  return (node.exits ?? []).map((e) => e.next);
}

function lintFlow(flow: Flow, content: Content, used: Set<string>): string[] {
  const problems: string[] = [];
  const at = (text: string) => problems.push(`flow ${flow.id}: ${text}`);
  const nodes = new Map<string, FlowNode>();
  for (const node of flow.nodes) {
    if (nodes.has(node.id)) at(`node "${node.id}" is defined twice`);
    nodes.set(node.id, node);
  }
  const check = (id: string, where: string) => {
    if (!nodes.has(id)) at(`${where} points to missing node "${id}"`);
  };
  check(flow.start, 'start');
  if (flow.timeout) check(flow.timeout.node, 'timeout');
  const detourStarts = Object.values(flow.detours ?? {}).filter((id): id is string => id !== undefined);
  for (const [kind, id] of Object.entries(flow.detours ?? {})) if (id) check(id, `detour ${kind}`);

  const saved = new Set(flow.nodes.flatMap((n) => (n.wait ? [n.wait.result] : [])));
  for (const node of flow.nodes) {
    for (const next of targetsOf(node)) check(next, `node "${node.id}"`);
    const exits = node.exits ?? [];
    if (exits.length > 0 && exits.at(-1)!.when)
      at(`node "${node.id}" has no default exit (last exit has a condition)`);
    for (const exit of exits) {
      const tested = exit.when?.result;
      if (exit.when && (tested === undefined) === (exit.when.emergency === undefined)) {
        at(`node "${node.id}" has an exit that tests neither a result nor the emergency, or both`);
      }
      if (tested !== undefined && !saved.has(tested)) {
        at(`node "${node.id}" tests result "${tested}" that no question saves`);
      }
    }
    for (const action of node.actions ?? []) {
      if (action.type === 'send_msg' || action.type === 'send_summary') used.add(action.text);
      if (action.type === 'enter_flow' && !content.flows[action.flow]) {
        at(`node "${node.id}" enters missing flow "${action.flow}"`);
      }
    }
    if (node.wait) {
      used.add(node.wait.question);
      for (const option of node.wait.options ?? []) used.add(option.label);
      if (node.wait.step && (!flow.steps || node.wait.step > flow.steps)) {
        at(`node "${node.id}" has step ${node.wait.step} beyond the flow's ${flow.steps ?? 0} steps`);
      }
    }
  }
  for (const item of flow.summary ?? []) {
    used.add(item.label);
    if (!saved.has(item.result)) at(`summary shows result "${item.result}" that no question saves`);
  }

  // Reachability from the start, the timeout node and the detours.
  const reached = new Set<string>();
  const queue = [flow.start, ...(flow.timeout ? [flow.timeout.node] : []), ...detourStarts];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reached.has(id) || !nodes.has(id)) continue;
    reached.add(id);
    queue.push(...targetsOf(nodes.get(id)!));
  }
  for (const id of nodes.keys()) if (!reached.has(id)) at(`node "${id}" can never be reached`);

  // A path that never ends: a cycle of nodes none of which waits for the person.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    const node = nodes.get(id);
    if (!node || node.wait || state.get(id) === 'done') return;
    if (node.actions?.some((a) => a.type === 'enter_flow' || a.type === 'resume_flow')) return;
    if (state.get(id) === 'visiting') {
      at(`path never ends, it loops without a question: ${[...path, id].join(' → ')}`);
      return;
    }
    state.set(id, 'visiting');
    for (const next of targetsOf(node)) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of nodes.keys()) visit(id, []);
  return problems;
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

function lintTexts(content: Content, used: Set<string>): string[] {
  const problems: string[] = [];
  const { id: base, en } = content.texts;
  for (const key of used) {
    if (base[key] === undefined) problems.push(`text "${key}" is missing in id`);
    if (en[key] === undefined) problems.push(`text "${key}" is missing in en`);
  }
  for (const [locale, texts] of Object.entries(content.texts)) {
    for (const [key, text] of Object.entries(texts)) {
      const variantBase = key.replace(/\.[a-z0-9_]+$/, '');
      if (!used.has(key) && !used.has(variantBase)) problems.push(`text "${key}" in ${locale} is never used`);
      if (locale === 'id') continue;
      if (base[key] === undefined) problems.push(`text "${key}" in ${locale} does not exist in id`);
      else if (placeholders(base[key]) !== placeholders(text)) {
        problems.push(`text "${key}": placeholders differ between id and ${locale}`);
      }
    }
  }
  for (const key of Object.keys(base)) {
    if (en[key] === undefined && !used.has(key)) problems.push(`text "${key}" is missing in en`);
  }
  return problems;
}
