import type { Rule } from 'eslint';

export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
export declare const layerImports: Rule.RuleModule;
declare const plugin: { rules: { 'layer-imports': Rule.RuleModule } };
export default plugin;
