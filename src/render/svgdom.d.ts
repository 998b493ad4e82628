// The small part of svgdom (no typings of its own) that the SVG writer uses: a standalone SVG
// document built through the DOM and serialised with outerHTML.

declare module 'svgdom' {
  export interface SvgDomNode {
    appendChild<T extends SvgDomNode>(child: T): T;
  }
  export interface SvgDomElement extends SvgDomNode {
    setAttribute(name: string, value: string): void;
    setAttributeNS(namespace: string | null, name: string, value: string): void;
    readonly outerHTML: string;
  }
  export interface SvgDomDocument {
    readonly documentElement: SvgDomElement;
    createElementNS(namespace: string, qualifiedName: string): SvgDomElement;
    createTextNode(text: string): SvgDomNode;
  }
  export function createSVGDocument(): SvgDomDocument;
}
