#!/usr/bin/env node
import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap10 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar13 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection4(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar13(node) || isCollection4(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection4;
    exports.isDocument = isDocument;
    exports.isMap = isMap10;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
    exports.isScalar = isScalar13;
    exports.isSeq = isSeq6;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit6(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit6.BREAK = BREAK;
    visit6.SKIP = SKIP;
    visit6.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path4) {
      const ctrl = callVisitor(key2, node, visitor, path4);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key2, path4, ctrl);
        return visit_(key2, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path4) {
      const ctrl = await callVisitor(key2, node, visitor, path4);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key2, path4, ctrl);
        return visitAsync_(key2, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key2, node, path4);
      if (identity2.isMap(node))
        return visitor.Map?.(key2, node, path4);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key2, node, path4);
      if (identity2.isPair(node))
        return visitor.Pair?.(key2, node, path4);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key2, node, path4);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key2, node, path4);
      return void 0;
    }
    function replaceNode(key2, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity2.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit6;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit6 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit6.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit6 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit6.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit6 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit6.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue2 = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar6 = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar6.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar6.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar6.PLAIN = "PLAIN";
    Scalar6.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar6.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar6;
    exports.isScalarValue = isScalarValue2;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar6 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match3 = tags.filter((t) => t.tag === tagName);
        const tagObj = match3.find((t) => !t.format) ?? match3[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map2 = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar6.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar6.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key2, ...rest] = path4;
          const node = this.get(key2, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key2, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key2, ...rest] = path4;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key2, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key2, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text4, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text4;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text4.length <= endStep)
        return text4;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text4, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text4[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text4[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text4, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text4[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text4[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text4;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text4;
      if (onFold)
        onFold();
      let res = text4.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text4.length;
        if (fold === 0)
          res = `
${indent}${text4.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text4[fold]}\\`;
          res += `
${indent}${text4.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text4, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text4[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text4[++i];
        } else {
          do {
            ch = text4[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text4[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json.slice(start) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar6.Scalar.BLOCK_FOLDED ? false : type === Scalar6.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar6.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar6.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar6.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar6.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar6.Scalar.BLOCK_FOLDED:
          case Scalar6.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar6.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar6.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar6.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match3 = tags.filter((t) => t.tag === item.tag);
        if (match3.length > 0)
          return match3.find((t) => t.format === item.format) ?? match3[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match3 = tags.filter((t) => t.identify?.(obj));
        if (match3.length > 1) {
          const testMatch = match3.filter((t) => t.test);
          if (testMatch.length > 0)
            match3 = testMatch;
        }
        tagObj = match3.find((t) => t.format === item.format) ?? match3.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity2.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar6 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key2) || !identity2.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key2) || (identity2.isScalar(key2) ? key2.type === Scalar6.Scalar.BLOCK_FOLDED || key2.type === Scalar6.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar6 = require_Scalar();
    var MERGE_KEY2 = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY2 || typeof value === "symbol" && value.description === MERGE_KEY2,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar6.Scalar(Symbol(MERGE_KEY2)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY2
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity2.isScalar(key2) && (!key2.type || key2.type === Scalar6.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key2))
            map2.set(key2, value2);
        } else if (map2 instanceof Set) {
          map2.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key2)) {
          Object.defineProperty(map2, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key: key2, value }) {
      if (identity2.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map2, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity2.isNode(key2))
          key2 = key2.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar6 = require_Scalar();
    function findPair(items, key2) {
      const k = identity2.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map2.items.sort(schema.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar6.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity2.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar6 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar6.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity2.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar6.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar6.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar6.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar6.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    var map2 = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar6.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map2.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar6 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar6.Scalar.BLOCK_LITERAL);
        if (type !== Scalar6.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar6.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar6 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar6.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key2, value;
          if (identity2.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key2, value);
        }
        return map2;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity2.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar6.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar6.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar6.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity2.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map2, onError) {
        if (identity2.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match3 = str3.match(timestamp.test);
        if (!match3)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match3.map(Number);
        const millisec = match3[7] ? Number((match3[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match3[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map2.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map2.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map2 = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map2.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity2.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message2) {
        super();
        this.name = name;
        this.code = code;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap10 = fc.start.source === "{";
      const fcName = isMap10 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap10 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap10 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap10 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap10 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap10) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap10 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar6 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar6.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar6.Scalar.BLOCK_FOLDED : Scalar6.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar6.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar6 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar6.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar6.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar6.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match3 = line.exec(source);
      if (!match3)
        return source;
      let trimEnd2, trimBoth;
      try {
        trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd2 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match3[1].replace(trimEnd2, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match3 = line.exec(source)) {
        const lm = match3[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match3 = last.exec(source);
      return res + sep + (match3?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar6 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity2.isScalar(res) ? res : new Scalar6.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar6.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit6(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit6.BREAK = BREAK;
    visit6.SKIP = SKIP;
    visit6.REMOVE = REMOVE;
    visit6.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit6.parentCollection = (cst, path4) => {
      const parent = visit6.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit6;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection4 = (token) => !!token && "items" in token;
    var isScalar13 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection4;
    exports.isScalar = isScalar13;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list6, type) {
      for (let i = 0; i < list6.length; ++i)
        if (list6[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list6) {
      for (let i = 0; i < list6.length; ++i) {
        switch (list6[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar6 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit6 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar6.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit6.visit;
    exports.visitAsync = visit6.visitAsync;
  }
});

// node_modules/rfc6902/pointer.js
var require_pointer = __commonJS({
  "node_modules/rfc6902/pointer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Pointer = void 0;
    exports.unescapeToken = unescapeToken;
    exports.escapeToken = escapeToken;
    function unescapeToken(token) {
      return token.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    function escapeToken(token) {
      return token.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    var Pointer2 = (
      /** @class */
      (function() {
        function Pointer3(tokens) {
          if (tokens === void 0) {
            tokens = [""];
          }
          this.tokens = tokens;
        }
        Pointer3.fromJSON = function(path4) {
          var tokens = path4.split("/").map(unescapeToken);
          if (tokens[0] !== "")
            throw new Error("Invalid JSON Pointer: ".concat(path4));
          return new Pointer3(tokens);
        };
        Pointer3.prototype.toString = function() {
          return this.tokens.map(escapeToken).join("/");
        };
        Pointer3.prototype.evaluate = function(object2) {
          var parent = null;
          var key2 = "";
          var value = object2;
          for (var i = 1, l = this.tokens.length; i < l; i++) {
            parent = value;
            key2 = this.tokens[i];
            if (key2 == "__proto__" || key2 == "constructor" || key2 == "prototype") {
              continue;
            }
            value = (parent || {})[key2];
          }
          return { parent, key: key2, value };
        };
        Pointer3.prototype.get = function(object2) {
          return this.evaluate(object2).value;
        };
        Pointer3.prototype.set = function(object2, value) {
          var endpoint = this.evaluate(object2);
          if (endpoint.parent) {
            endpoint.parent[endpoint.key] = value;
          }
        };
        Pointer3.prototype.push = function(token) {
          this.tokens.push(token);
        };
        Pointer3.prototype.add = function(token) {
          var tokens = this.tokens.concat(String(token));
          return new Pointer3(tokens);
        };
        Pointer3.prototype.parent = function() {
          var tokens = this.tokens.length > 1 ? this.tokens.slice(0, -1) : [""];
          return new Pointer3(tokens);
        };
        return Pointer3;
      })()
    );
    exports.Pointer = Pointer2;
  }
});

// node_modules/rfc6902/util.js
var require_util = __commonJS({
  "node_modules/rfc6902/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.hasOwnProperty = void 0;
    exports.objectType = objectType;
    exports.clone = clone;
    exports.hasOwnProperty = Object.prototype.hasOwnProperty;
    function objectType(object2) {
      if (object2 === void 0) {
        return "undefined";
      }
      if (object2 === null) {
        return "null";
      }
      if (Array.isArray(object2)) {
        return "array";
      }
      return typeof object2;
    }
    function isNonPrimitive(value) {
      return value != null && typeof value == "object";
    }
    function clone(source) {
      if (!isNonPrimitive(source)) {
        return source;
      }
      if (source.constructor == Array) {
        var length = source.length;
        var arrayTarget = new Array(length);
        for (var i = 0; i < length; i++) {
          arrayTarget[i] = clone(source[i]);
        }
        return arrayTarget;
      }
      if (source.constructor == Date) {
        var dateTarget = /* @__PURE__ */ new Date(+source);
        return dateTarget;
      }
      var objectTarget = {};
      for (var key2 in source) {
        if (exports.hasOwnProperty.call(source, key2) && key2 != "__proto__") {
          objectTarget[key2] = clone(source[key2]);
        }
      }
      return objectTarget;
    }
  }
});

// node_modules/rfc6902/diff.js
var require_diff = __commonJS({
  "node_modules/rfc6902/diff.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isDestructive = isDestructive;
    exports.subtract = subtract;
    exports.intersection = intersection;
    exports.diffArrays = diffArrays;
    exports.diffObjects = diffObjects;
    exports.diffAny = diffAny;
    var util_1 = require_util();
    function isDestructive(_a) {
      var op = _a.op;
      return op === "remove" || op === "replace" || op === "copy" || op === "move";
    }
    function subtract(minuend, subtrahend) {
      var keys = [];
      for (var key2 in minuend) {
        if (util_1.hasOwnProperty.call(minuend, key2) && minuend[key2] !== void 0 && !(util_1.hasOwnProperty.call(subtrahend, key2) && subtrahend[key2] !== void 0)) {
          keys.push(key2);
        }
      }
      return keys;
    }
    function intersection(objects) {
      var length = objects.length;
      var counter = {};
      for (var i = 0; i < length; i++) {
        var object2 = objects[i];
        for (var key2 in object2) {
          if (util_1.hasOwnProperty.call(object2, key2) && object2[key2] !== void 0) {
            counter[key2] = (counter[key2] || 0) + 1;
          }
        }
      }
      for (var key2 in counter) {
        if (counter[key2] < length) {
          delete counter[key2];
        }
      }
      return Object.keys(counter);
    }
    function intersection2(a, b) {
      var keys = [];
      for (var key2 in a) {
        if (util_1.hasOwnProperty.call(a, key2) && a[key2] !== void 0 && util_1.hasOwnProperty.call(b, key2) && b[key2] !== void 0) {
          keys.push(key2);
        }
      }
      return keys;
    }
    function isArrayAdd(array_operation) {
      return array_operation.op === "add";
    }
    function isArrayRemove(array_operation) {
      return array_operation.op === "remove";
    }
    function appendArrayOperation(base, operation) {
      return {
        // the new operation must be pushed on the end
        operations: base.operations.concat(operation),
        cost: base.cost + 1
      };
    }
    function diffArrays(input, output, ptr, diff) {
      if (diff === void 0) {
        diff = diffAny;
      }
      var max_length = Math.max(input.length, output.length);
      var memo = /* @__PURE__ */ new Map([[0, { operations: [], cost: 0 }]]);
      function dist(i, j) {
        var memo_key = i * (max_length + 1) + j;
        var memoized = memo.get(memo_key);
        if (memoized === void 0) {
          if (i > 0 && j > 0 && !diff(input[i - 1], output[j - 1], ptr.add(String(i - 1))).length) {
            memoized = dist(i - 1, j - 1);
          } else {
            var alternatives = [];
            if (i > 0) {
              var remove_base = dist(i - 1, j);
              var remove_operation = {
                op: "remove",
                index: i - 1
              };
              alternatives.push(appendArrayOperation(remove_base, remove_operation));
            }
            if (j > 0) {
              var add_base = dist(i, j - 1);
              var add_operation = {
                op: "add",
                index: i - 1,
                value: output[j - 1]
              };
              alternatives.push(appendArrayOperation(add_base, add_operation));
            }
            if (i > 0 && j > 0) {
              var replace_base = dist(i - 1, j - 1);
              var replace_operation = {
                op: "replace",
                index: i - 1,
                original: input[i - 1],
                value: output[j - 1]
              };
              alternatives.push(appendArrayOperation(replace_base, replace_operation));
            }
            var best = alternatives.sort(function(a, b) {
              return a.cost - b.cost;
            })[0];
            memoized = best;
          }
          memo.set(memo_key, memoized);
        }
        return memoized;
      }
      var input_length = isNaN(input.length) || input.length <= 0 ? 0 : input.length;
      var output_length = isNaN(output.length) || output.length <= 0 ? 0 : output.length;
      var array_operations = dist(input_length, output_length).operations;
      var padded_operations = array_operations.reduce(function(_a, array_operation) {
        var operations = _a[0], padding = _a[1];
        if (isArrayAdd(array_operation)) {
          var padded_index = array_operation.index + 1 + padding;
          var index_token = padded_index < input_length + padding ? String(padded_index) : "-";
          var operation = {
            op: array_operation.op,
            path: ptr.add(index_token).toString(),
            value: array_operation.value
          };
          return [operations.concat(operation), padding + 1];
        } else if (isArrayRemove(array_operation)) {
          var operation = {
            op: array_operation.op,
            path: ptr.add(String(array_operation.index + padding)).toString()
          };
          return [operations.concat(operation), padding - 1];
        } else {
          var replace_ptr = ptr.add(String(array_operation.index + padding));
          var replace_operations = diff(array_operation.original, array_operation.value, replace_ptr);
          return [operations.concat.apply(operations, replace_operations), padding];
        }
      }, [[], 0])[0];
      return padded_operations;
    }
    function diffObjects(input, output, ptr, diff) {
      if (diff === void 0) {
        diff = diffAny;
      }
      var operations = [];
      subtract(input, output).forEach(function(key2) {
        operations.push({ op: "remove", path: ptr.add(key2).toString() });
      });
      subtract(output, input).forEach(function(key2) {
        operations.push({ op: "add", path: ptr.add(key2).toString(), value: output[key2] });
      });
      intersection2(input, output).forEach(function(key2) {
        operations.push.apply(operations, diff(input[key2], output[key2], ptr.add(key2)));
      });
      return operations;
    }
    function diffAny(input, output, ptr, diff) {
      if (diff === void 0) {
        diff = diffAny;
      }
      if (input === output) {
        return [];
      }
      var input_type = (0, util_1.objectType)(input);
      var output_type = (0, util_1.objectType)(output);
      if (input_type == "array" && output_type == "array") {
        return diffArrays(input, output, ptr, diff);
      }
      if (input_type == "object" && output_type == "object") {
        return diffObjects(input, output, ptr, diff);
      }
      return [{ op: "replace", path: ptr.toString(), value: output }];
    }
  }
});

// node_modules/rfc6902/patch.js
var require_patch = __commonJS({
  "node_modules/rfc6902/patch.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.InvalidOperationError = exports.TestError = exports.MissingError = void 0;
    exports.add = add;
    exports.remove = remove;
    exports.replace = replace;
    exports.move = move;
    exports.copy = copy;
    exports.test = test;
    exports.apply = apply;
    var pointer_1 = require_pointer();
    var util_1 = require_util();
    var diff_1 = require_diff();
    var MissingError = (
      /** @class */
      (function(_super) {
        __extends(MissingError2, _super);
        function MissingError2(path4) {
          var _this = _super.call(this, "Value required at path: ".concat(path4)) || this;
          _this.path = path4;
          _this.name = "MissingError";
          return _this;
        }
        return MissingError2;
      })(Error)
    );
    exports.MissingError = MissingError;
    var TestError = (
      /** @class */
      (function(_super) {
        __extends(TestError2, _super);
        function TestError2(actual, expected2) {
          var _this = _super.call(this, "Test failed: ".concat(actual, " != ").concat(expected2)) || this;
          _this.actual = actual;
          _this.expected = expected2;
          _this.name = "TestError";
          return _this;
        }
        return TestError2;
      })(Error)
    );
    exports.TestError = TestError;
    function _add(object2, key2, value) {
      if (Array.isArray(object2)) {
        if (key2 == "-") {
          object2.push(value);
        } else {
          var index = parseInt(key2, 10);
          object2.splice(index, 0, value);
        }
      } else {
        object2[key2] = value;
      }
    }
    function _remove(object2, key2) {
      if (Array.isArray(object2)) {
        var index = parseInt(key2, 10);
        object2.splice(index, 1);
      } else {
        delete object2[key2];
      }
    }
    function add(object2, operation, options) {
      if (operation.path == null) {
        return new InvalidOperationError(operation);
      }
      if (!util_1.hasOwnProperty.call(operation, "value")) {
        return new InvalidOperationError(operation);
      }
      var pointer = pointer_1.Pointer.fromJSON(operation.path);
      if ((options === null || options === void 0 ? void 0 : options.implicitArrayCreation) && pointer.tokens[pointer.tokens.length - 1] === "-") {
        var parentEndpoint = pointer.parent().evaluate(object2);
        if (parentEndpoint.value === void 0 && (0, util_1.objectType)(parentEndpoint.parent) === "object") {
          parentEndpoint.parent[parentEndpoint.key] = [];
        }
      }
      var endpoint = pointer.evaluate(object2);
      if (endpoint.parent === void 0 || endpoint.parent === null) {
        return new MissingError(operation.path);
      }
      if ((options === null || options === void 0 ? void 0 : options.implicitArrayCreation) && endpoint.key === "-" && !Array.isArray(endpoint.parent)) {
        return new MissingError(operation.path);
      }
      if (Array.isArray(endpoint.parent) && endpoint.key !== "-") {
        if (!/^(0|[1-9][0-9]*)$/.test(endpoint.key)) {
          return new MissingError(operation.path);
        }
        if (Number(endpoint.key) > endpoint.parent.length) {
          return new MissingError(operation.path);
        }
      }
      _add(endpoint.parent, endpoint.key, (0, util_1.clone)(operation.value));
      return null;
    }
    function remove(object2, operation, options) {
      if (operation.path == null) {
        return new InvalidOperationError(operation);
      }
      var endpoint = pointer_1.Pointer.fromJSON(operation.path).evaluate(object2);
      if (endpoint.parent === null) {
        return new MissingError(operation.path);
      }
      if (endpoint.value === void 0) {
        return new MissingError(operation.path);
      }
      _remove(endpoint.parent, endpoint.key);
      return null;
    }
    function replace(object2, operation, options) {
      if (operation.path == null) {
        return new InvalidOperationError(operation);
      }
      if (!util_1.hasOwnProperty.call(operation, "value")) {
        return new InvalidOperationError(operation);
      }
      var endpoint = pointer_1.Pointer.fromJSON(operation.path).evaluate(object2);
      if (endpoint.parent === null) {
        return new MissingError(operation.path);
      }
      if (Array.isArray(endpoint.parent)) {
        if (parseInt(endpoint.key, 10) >= endpoint.parent.length) {
          return new MissingError(operation.path);
        }
      } else if (endpoint.value === void 0) {
        return new MissingError(operation.path);
      }
      endpoint.parent[endpoint.key] = (0, util_1.clone)(operation.value);
      return null;
    }
    function move(object2, operation, options) {
      if (operation.path == null || operation.from == null) {
        return new InvalidOperationError(operation);
      }
      var from_pointer = pointer_1.Pointer.fromJSON(operation.from);
      var from_endpoint = from_pointer.evaluate(object2);
      if (from_endpoint.value === void 0) {
        return new MissingError(operation.from);
      }
      var pointer = pointer_1.Pointer.fromJSON(operation.path);
      if (from_pointer.tokens.length < pointer.tokens.length && from_pointer.tokens.every(function(token, index) {
        return token === pointer.tokens[index];
      })) {
        return new MissingError(operation.path);
      }
      var endpoint = pointer.evaluate(object2);
      if (endpoint.parent === void 0 || endpoint.parent === null) {
        return new MissingError(operation.path);
      }
      _remove(from_endpoint.parent, from_endpoint.key);
      _add(endpoint.parent, endpoint.key, from_endpoint.value);
      return null;
    }
    function copy(object2, operation, options) {
      if (operation.path == null || operation.from == null) {
        return new InvalidOperationError(operation);
      }
      var from_endpoint = pointer_1.Pointer.fromJSON(operation.from).evaluate(object2);
      if (from_endpoint.value === void 0) {
        return new MissingError(operation.from);
      }
      var endpoint = pointer_1.Pointer.fromJSON(operation.path).evaluate(object2);
      if (endpoint.parent === void 0 || endpoint.parent === null) {
        return new MissingError(operation.path);
      }
      _add(endpoint.parent, endpoint.key, (0, util_1.clone)(from_endpoint.value));
      return null;
    }
    function test(object2, operation, options) {
      if (operation.path == null) {
        return new InvalidOperationError(operation);
      }
      var endpoint = pointer_1.Pointer.fromJSON(operation.path).evaluate(object2);
      if ((0, diff_1.diffAny)(endpoint.value, operation.value, new pointer_1.Pointer()).length) {
        return new TestError(endpoint.value, operation.value);
      }
      return null;
    }
    var InvalidOperationError = (
      /** @class */
      (function(_super) {
        __extends(InvalidOperationError2, _super);
        function InvalidOperationError2(operation) {
          var _this = _super.call(this, "Invalid operation: ".concat(operation.op)) || this;
          _this.operation = operation;
          _this.name = "InvalidOperationError";
          return _this;
        }
        return InvalidOperationError2;
      })(Error)
    );
    exports.InvalidOperationError = InvalidOperationError;
    function apply(object2, operation, options) {
      switch (operation.op) {
        case "add":
          return add(object2, operation, options);
        case "remove":
          return remove(object2, operation, options);
        case "replace":
          return replace(object2, operation, options);
        case "move":
          return move(object2, operation, options);
        case "copy":
          return copy(object2, operation, options);
        case "test":
          return test(object2, operation, options);
      }
      return new InvalidOperationError(operation);
    }
  }
});

// node_modules/rfc6902/index.js
var require_rfc6902 = __commonJS({
  "node_modules/rfc6902/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Pointer = void 0;
    exports.applyPatch = applyPatch;
    exports.createPatch = createPatch;
    exports.createTests = createTests;
    var pointer_1 = require_pointer();
    Object.defineProperty(exports, "Pointer", { enumerable: true, get: function() {
      return pointer_1.Pointer;
    } });
    var patch_1 = require_patch();
    var diff_1 = require_diff();
    function applyPatch(object2, patch, options) {
      return patch.map(function(operation) {
        return (0, patch_1.apply)(object2, operation, options);
      });
    }
    function wrapVoidableDiff(diff) {
      function wrappedDiff(input, output, ptr) {
        var custom_patch = diff(input, output, ptr);
        return Array.isArray(custom_patch) ? custom_patch : (0, diff_1.diffAny)(input, output, ptr, wrappedDiff);
      }
      return wrappedDiff;
    }
    function createPatch(input, output, diff) {
      var ptr = new pointer_1.Pointer();
      return (diff ? wrapVoidableDiff(diff) : diff_1.diffAny)(input, output, ptr);
    }
    function createTest(input, path4) {
      var endpoint = pointer_1.Pointer.fromJSON(path4).evaluate(input);
      if (endpoint !== void 0) {
        return { op: "test", path: path4, value: endpoint.value };
      }
    }
    function createTests(input, patch) {
      var tests = new Array();
      patch.filter(diff_1.isDestructive).forEach(function(operation) {
        var pathTest = createTest(input, operation.path);
        if (pathTest)
          tests.push(pathTest);
        if ("from" in operation) {
          var fromTest = createTest(input, operation.from);
          if (fromTest)
            tests.push(fromTest);
        }
      });
      return tests;
    }
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path4 = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path4.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str3) {
      if (typeof str3 !== "string" || str3 === "") {
        return false;
      }
      var match3;
      while (match3 = /(\\).|([@?!+*]\(.*\))/g.exec(str3)) {
        if (match3[2]) return true;
        str3 = str3.slice(match3.index + match3[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str3) {
      if (str3[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str3.length) {
        if (str3[index] === "*") {
          return true;
        }
        if (str3[index + 1] === "?" && /[\].+)]/.test(str3[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str3[index] === "[" && str3[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str3.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str3.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str3[index] === "{" && str3[index + 1] !== "}") {
          closeCurlyIndex = str3.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str3.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str3[index] === "(" && str3[index + 1] === "?" && /[:!=]/.test(str3[index + 2]) && str3[index + 3] !== ")") {
          closeParenIndex = str3.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str3.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str3[index] === "(" && str3[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str3.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str3[pipeIndex + 1] !== ")") {
            closeParenIndex = str3.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str3.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str3[index] === "\\") {
          var open2 = str3[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str3.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str3[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str3) {
      if (str3[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str3.length) {
        if (/[*?{}()[\]]/.test(str3[index])) {
          return true;
        }
        if (str3[index] === "\\") {
          var open2 = str3[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str3.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str3[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str3, options) {
      if (typeof str3 !== "string" || str3 === "") {
        return false;
      }
      if (isExtglob(str3)) {
        return true;
      }
      var check3 = strictCheck;
      if (options && options.strict === false) {
        check3 = relaxedCheck;
      }
      return check3(str3);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str3, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str3.indexOf(slash) < 0) {
        str3 = str3.replace(backslash, slash);
      }
      if (enclosure.test(str3)) {
        str3 += slash;
      }
      str3 += "a";
      do {
        str3 = pathPosixDirname(str3);
      } while (isGlob(str3) || globby.test(str3));
      return str3.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step2 = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step2) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify2 = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key2, val) {
      return arr.some((ele) => ele[key2] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str3) {
      return /^-?(0+)\d/.test(str3);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step2, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step2}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step2 = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step2);
      step2 = Math.max(Math.abs(step2), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step2 === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push3 = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step2 > 1) {
          push3(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step2 : a + step2;
        index++;
      }
      if (options.toRegex === true) {
        return step2 > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step2 = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step2 === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step2 : a + step2;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step2, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step2 === "function") {
        return fill(start, end, 1, { transform: step2 });
      }
      if (isObject(step2)) {
        return fill(start, end, 0, step2);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step2 = step2 || opts.step || 1;
      if (!isNumber(step2)) {
        if (step2 != null && !isObject(step2)) return invalidStep(step2, opts);
        return fill(start, end, 1, step2);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step2, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step2), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid2 = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid2 ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid2 ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid2 ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify2();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand2 = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand2;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: " ",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify2();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth2 = 0;
      let value;
      const advance = () => input[index++];
      const push3 = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push3({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push3({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push3({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push3({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push3({ type: "paren", nodes: [] });
          stack.push(block);
          push3({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push3({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push3({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open2 = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open2) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push3({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth2++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth: depth2,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push3(brace);
          stack.push(block);
          push3({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push3({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push3({ type, value });
          depth2--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth2 > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open2 = block.nodes.shift();
            block.nodes = [open2, { type: "text", value: stringify(block) }];
          }
          push3({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth2 > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth2 === 0 || siblings.length === 0) {
            push3({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push3({ type: "dot", value });
          continue;
        }
        push3({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push3({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify2();
    var compile = require_compile();
    var expand2 = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand2(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path4 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path4.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path4 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str3) => REGEX_SPECIAL_CHARS.test(str3);
    exports.isRegexChar = (str3) => str3.length === 1 && exports.hasRegexChars(str3);
    exports.escapeRegex = (str3) => str3.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str3) => str3.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str3) => {
      return str3.replace(REGEX_REMOVE_BACKSLASH, (match3) => {
        return match3 === "\\" ? "" : match3;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path4.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth2 = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str3 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str3.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str3.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str3;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str3.slice(0, start);
        str3 = str3.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str3.slice(0, lastIndex);
        glob = str3.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str3;
      } else {
        base = str3;
      }
      if (base && base !== "" && base !== "/" && base !== str3) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth2(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth2(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match3 = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match3 || match3.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match3.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match3.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth2 = 0;
      let value = pattern.trim();
      let match3 = parseRepeatedExtglob(value);
      while (match3) {
        depth2++;
        value = match3.body.trim();
        match3 = parseRepeatedExtglob(value);
      }
      return depth2;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants3.globChars(win32);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push3 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push3({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push3({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push3({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push3({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push3({ type: "text", value });
            continue;
          }
          const match3 = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match3 && match3[0].length > 2) {
            slashes = match3[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push3({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push3({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push3({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push3({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push3({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push3({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push3({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push3(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push3({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push3({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push3({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push3({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push3({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push3({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push3({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push3({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push3({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push3({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push3({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push3({ type: "plus", value });
            continue;
          }
          push3({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push3({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push3({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match3 = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match3) {
            value += match3[0];
            state.index += match3[0].length;
          }
          push3({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push3({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push3({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push3({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push3({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push3(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push3(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push3(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push3({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str3) => {
        switch (str3) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match3 = /^(.*?)\.(\w+)$/.exec(str3);
            if (!match3) return;
            const source2 = create(match3[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match3[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path4 = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants3 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str3) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str3);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match: match3, output } = picomatch.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match: match3, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match3 = input === glob;
      let output = match3 && format ? format(input) : input;
      if (match3 === false) {
        output = format ? format(input) : input;
        match3 = output === glob;
      }
      if (match3 === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match3 = picomatch.matchBase(input, regex, options, posix2);
        } else {
          match3 = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match3), match: match3, output };
    };
    picomatch.matchBase = (input, glob, options, posix2 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path4.basename(input));
    };
    picomatch.isMatch = (str3, patterns, options) => picomatch(patterns, options)(str3);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants3;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list6, patterns, options) => {
      patterns = [].concat(patterns);
      list6 = [].concat(list6);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list6) {
          let matched = isMatch(item, true);
          let match3 = negated ? !matched.isMatch : matched.isMatch;
          if (!match3) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str3, patterns, options) => picomatch(patterns, options)(str3);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list6, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list6, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str3, pattern, options) => {
      if (typeof str3 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str3)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str3, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str3) || isEmptyString(pattern)) {
          return false;
        }
        if (str3.includes(pattern) || str3.startsWith("./") && str3.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str3, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key2 of keys) res[key2] = obj[key2];
      return res;
    };
    micromatch.some = (list6, patterns, options) => {
      let items = [].concat(list6);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list6, patterns, options) => {
      let items = [].concat(list6);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str3, patterns, options) => {
      if (typeof str3 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str3)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str3));
    };
    micromatch.capture = (glob, input, options) => {
      let posix2 = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match3 = regex.exec(posix2 ? utils.toPosixSlashes(input) : input);
      if (match3) {
        return match3.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str3 of braces(String(pattern), options)) {
          res.push(picomatch.parse(str3, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path4 = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path4.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path4.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string2 = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path4 = require_path();
    exports.path = path4;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string2();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group2 = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group2);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path4, settings, callback) {
      settings.fs.lstat(path4, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path4, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path4, settings) {
      const lstat = settings.fs.lstatSync(path4);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat2 = settings.fs.statSync(path4);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path4, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path4, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path4, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync(path4, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path4, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key2) {
          tasks[key2](function(err, result) {
            each(key2, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names2) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names2.map((name) => {
          const path4 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path4, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path4,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names2 = settings.fs.readdirSync(directory);
      return names2.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path4 = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path4.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path4, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path4, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path4, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path4, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path4, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache2 = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push: push3,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push3(value, done) {
        var current = cache2.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache2.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache2.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache2.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push3;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push3(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path4 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path4.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path4 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path4.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match3 = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match3) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path4 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path4.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix2;
      (function(posix3) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix3.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix3.convertPathToPattern = convertPathToPattern2;
      })(posix2 = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// src/cli/run.ts
import { writeFile } from "node:fs/promises";
import path3 from "node:path";

// src/engine/analyze.ts
import { createHash as createHash2 } from "node:crypto";

// src/engine/finding.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
var formatResource = (r) => r.namespace ? `${r.kind} ${r.namespace}/${r.name}` : `${r.kind} ${r.name}`;
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/engine/fix.ts
var import_yaml9 = __toESM(require_dist(), 1);

// src/engine/locate.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/kustomize/built.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/engine/parse.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/engine/documents.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/engine/json-stream.ts
var SNIFF_LENGTH = 4096;
var GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
function looksLikeJsonStream(text4) {
  const limit = Math.min(text4.length, SNIFF_LENGTH);
  for (let i = 0; i < limit; i++) {
    const c = text4[i];
    if (GO_SPACE.test(c)) continue;
    return c === "{";
  }
  return false;
}
function readJsonStream(text4) {
  if (!looksLikeJsonStream(text4)) return void 0;
  const values = [];
  let position = 0;
  for (; ; ) {
    const start = skipJsonSpace(text4, position);
    if (start >= text4.length) return { values };
    const scanned = scanJsonValue(text4, start);
    if (typeof scanned === "number") {
      values.push([start, scanned]);
      position = scanned;
      continue;
    }
    if (values.length > 1) return { values, error: scanned };
    const from = values[0]?.[1] ?? 0;
    return { values, error: scanned, yamlFrom: skipSpaceThroughNewline(text4, from) };
  }
}
function skipJsonSpace(text4, at3) {
  let i = at3;
  for (; i < text4.length; i++) {
    const c = text4.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return i;
}
function skipSpaceThroughNewline(text4, at3) {
  let i = at3;
  for (; i < text4.length; i++) {
    const c = text4[i];
    if (!GO_SPACE.test(c)) return i;
    if (c === "\n") return i + 1;
  }
  return i;
}
function scanJsonValue(text4, start) {
  const stack = [];
  let expect = "value";
  let i = start;
  for (; ; ) {
    i = skipJsonSpace(text4, i);
    if (i >= text4.length) return { offset: text4.length, message: "unexpected EOF" };
    const c = text4[i];
    let complete = false;
    switch (expect) {
      case "value":
      case "valueOrEnd": {
        if (expect === "valueOrEnd" && c === "]") {
          stack.pop();
          i++;
          complete = true;
          break;
        }
        if (c === "{" || c === "[") {
          stack.push(c === "{");
          expect = c === "{" ? "keyOrEnd" : "valueOrEnd";
          i++;
          continue;
        }
        const end = c === '"' ? scanString(text4, i) : c === "-" || c >= "0" && c <= "9" ? scanNumber(text4, i) : c === "t" || c === "f" || c === "n" ? scanLiteral(text4, i) : invalid(text4, i, "looking for beginning of value");
        if (typeof end !== "number") return end;
        i = end;
        complete = true;
        break;
      }
      case "key":
      case "keyOrEnd": {
        if (expect === "keyOrEnd" && c === "}") {
          stack.pop();
          i++;
          complete = true;
          break;
        }
        if (c !== '"') return invalid(text4, i, "looking for beginning of object key string");
        const end = scanString(text4, i);
        if (typeof end !== "number") return end;
        i = end;
        expect = "colon";
        continue;
      }
      case "colon":
        if (c !== ":") return invalid(text4, i, "after object key");
        i++;
        expect = "value";
        continue;
      case "next": {
        const inObject = stack[stack.length - 1] === true;
        if (c === ",") {
          i++;
          expect = inObject ? "key" : "value";
          continue;
        }
        if (c === (inObject ? "}" : "]")) {
          stack.pop();
          i++;
          complete = true;
          break;
        }
        return invalid(text4, i, inObject ? "after object key:value pair" : "after array element");
      }
    }
    if (complete) {
      if (stack.length === 0) return i;
      expect = "next";
    }
  }
}
function scanString(text4, start) {
  for (let i = start + 1; i < text4.length; i++) {
    const code = text4.charCodeAt(i);
    if (code === 34) return i + 1;
    if (code < 32) return invalid(text4, i, "in string literal");
    if (code !== 92) continue;
    const escape = text4[i + 1];
    if (escape === void 0) break;
    if (escape === "u") {
      for (let k = 2; k < 6; k++) {
        const h = text4[i + k];
        if (h === void 0) return { offset: text4.length, message: "unexpected EOF" };
        if (!/[0-9a-fA-F]/.test(h)) return invalid(text4, i + k, "in \\u hexadecimal character escape");
      }
      i += 5;
    } else if ('"\\/bfnrt'.includes(escape)) {
      i++;
    } else {
      return invalid(text4, i + 1, "in string escape code");
    }
  }
  return { offset: text4.length, message: "unexpected EOF" };
}
function scanNumber(text4, start) {
  let i = start;
  const digit = (at3) => {
    const c = text4.charCodeAt(at3);
    return c >= 48 && c <= 57;
  };
  const need = (at3, context) => at3 >= text4.length ? { offset: text4.length, message: "unexpected EOF" } : digit(at3) ? void 0 : invalid(text4, at3, context);
  if (text4[i] === "-") {
    i++;
    const missing = need(i, "in numeric literal");
    if (missing) return missing;
  }
  if (text4[i] === "0") i++;
  else while (digit(i)) i++;
  if (text4[i] === ".") {
    i++;
    const missing = need(i, "after decimal point in numeric literal");
    if (missing) return missing;
    while (digit(i)) i++;
  }
  if (text4[i] === "e" || text4[i] === "E") {
    i++;
    if (text4[i] === "+" || text4[i] === "-") i++;
    const missing = need(i, "in exponent of numeric literal");
    if (missing) return missing;
    while (digit(i)) i++;
  }
  return i;
}
function scanLiteral(text4, start) {
  const word = text4[start] === "t" ? "true" : text4[start] === "f" ? "false" : "null";
  for (let k = 1; k < word.length; k++) {
    const at3 = start + k;
    if (at3 >= text4.length) return { offset: text4.length, message: "unexpected EOF" };
    if (text4[at3] !== word[k]) return invalid(text4, at3, `in literal ${word} (expecting '${word[k]}')`);
  }
  return start + word.length;
}
function invalid(text4, at3, context) {
  const c = String.fromCodePoint(text4.codePointAt(at3) ?? 0);
  const shown = c === "'" ? "'\\''" : c === '"' ? `'"'` : `'${JSON.stringify(c).slice(1, -1)}'`;
  return { offset: at3, message: `invalid character ${shown} ${context}` };
}

// src/engine/lenient-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/engine/yaml-limits.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_NESTING_DEPTH = 256;
function parseDocumentsWithinLimits(source, options, maxDepth = MAX_NESTING_DEPTH) {
  const tooDeep = /* @__PURE__ */ new Map();
  let index = 0;
  function* guarded(tokens) {
    for (const token of tokens) {
      if (token.type === "document") {
        const deep = tooDeepAt(token, maxDepth);
        if (deep) {
          tooDeep.set(index, deep);
          const { value: _dropped, ...empty } = token;
          yield empty;
          index++;
          continue;
        }
        index++;
      }
      yield token;
    }
  }
  const composer = new import_yaml.Composer(options);
  const documents = Array.from(composer.compose(guarded(new import_yaml.Parser().parse(source))));
  for (const [i, deep] of tooDeep) {
    const document = documents[i];
    if (!document) continue;
    document.range = [document.range[0], deep.end, deep.end];
    document.errors.push(
      new import_yaml.YAMLParseError(
        [deep.offset, deep.offset + 1],
        "RESOURCE_EXHAUSTION",
        `collections are nested more than ${maxDepth} deep here; no Kubernetes object comes close, so kube-pairing does not read this document`
      )
    );
  }
  return documents;
}
function parseDocumentsInRange(text4, from, to, options) {
  const whole = from === 0 && to === text4.length;
  const documents = parseDocumentsWithinLimits(whole ? text4 : text4.slice(from, to), options);
  if (from !== 0) for (const document of documents) mapOffsets(document, (offset) => offset + from);
  return documents;
}
function mapOffsets(document, map2) {
  const [start, valueEnd, end] = document.range;
  document.range = [map2(start), map2(valueEnd), map2(end)];
  (0, import_yaml.visit)(document, {
    Node(_, node) {
      if (node.range) node.range = [map2(node.range[0]), map2(node.range[1]), map2(node.range[2])];
    }
  });
  for (const problem2 of [...document.errors, ...document.warnings]) {
    problem2.pos = [map2(problem2.pos[0]), map2(problem2.pos[1])];
  }
}
function tooDeepAt(document, maxDepth) {
  if (!document.value) return void 0;
  let found;
  let end = document.offset;
  const pending = [[document.value, 0]];
  while (pending.length > 0) {
    const [token, parentDepth] = pending.pop();
    end = Math.max(end, token.offset + ("source" in token ? token.source.length : 1));
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection")
      continue;
    const depth2 = parentDepth + 1;
    if (depth2 > maxDepth && (found === void 0 || token.offset < found)) found = token.offset;
    if (token.type === "flow-collection") {
      const last = token.end[token.end.length - 1];
      if (last) end = Math.max(end, last.offset + last.source.length);
    }
    if (found !== void 0 && depth2 > maxDepth) continue;
    for (const item of token.items) {
      if ("key" in item && item.key) pending.push([item.key, depth2]);
      if ("value" in item && item.value) pending.push([item.value, depth2]);
    }
  }
  return found === void 0 ? void 0 : { offset: found, end };
}
function indentedAtLeast(text4, columns) {
  const run = " ".repeat(columns);
  for (let at3 = text4.indexOf(run); at3 !== -1; at3 = text4.indexOf(run, at3 + 1)) {
    if (at3 === 0 || text4.charCodeAt(at3 - 1) === 10) return true;
    const next = text4.indexOf("\n", at3);
    if (next === -1) return false;
    at3 = next;
  }
  return false;
}

// src/engine/lenient-yaml.ts
var MAX_REPAIRS = 1e3;
var MAX_ROUNDS = 4;
function parseDocumentsLeniently(text4, from, to, options) {
  const original = parseDocumentsInRange(text4, from, to, options);
  const budget = { left: 8 * (to - from) + 4096 };
  let cut = cutConstructs(text4, to, original, budget);
  if (cut.length === 0) return original;
  const repairs = [];
  let reach2 = [];
  let repaired;
  let edited;
  for (let round = 0; round < MAX_ROUNDS && cut.length > 0; round++) {
    let added = false;
    for (const { start, flow } of cut) {
      if (repairs.length >= MAX_REPAIRS) break;
      const open2 = edited ? edited.toOriginal(start) : start;
      if (within(repairs, reach2, open2)) continue;
      const close = flow ? closingBracket(text4, open2, to, budget) : closingQuote(text4, open2, to, budget);
      if (close === void 0) continue;
      repairs.splice(insertionPoint(repairs, open2), 0, { open: open2, close, flow });
      reach2 = reaches(repairs);
      added = true;
    }
    if (!added) break;
    edited = reindent(text4, from, to, repairs);
    const shift = edited.text.length - text4.length;
    repaired = parseDocumentsInRange(edited.text, from, to + shift, options);
    cut = cutConstructs(edited.text, to + shift, repaired, budget);
  }
  if (!repaired || !edited || repaired.length !== original.length) return original;
  for (const document of repaired) mapOffsets(document, edited.toOriginal);
  return original.map((document, i) => {
    const candidate = repaired[i];
    if (document.errors.length === 0) return document;
    return repairsHold(candidate, repairs) ? candidate : document;
  });
}
function cutConstructs(text4, to, documents, budget) {
  const found = [];
  for (const document of documents) {
    if (!document.errors.some((e) => e.code !== "DUPLICATE_KEY")) continue;
    (0, import_yaml2.visit)(document, {
      Node(_, node) {
        if (!node.range || budget.left <= 0) return;
        const flow = (0, import_yaml2.isCollection)(node) && node.flow === true;
        if (!flow && !((0, import_yaml2.isScalar)(node) && isQuoted(node))) return;
        const open2 = node.range[0];
        const close = flow ? closingBracket(text4, open2, to, budget) : closingQuote(text4, open2, to, budget);
        if (close !== void 0 && close + 1 !== node.range[1]) found.push({ start: open2, flow });
      }
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
function isQuoted(node) {
  return node.type === import_yaml2.Scalar.QUOTE_SINGLE || node.type === import_yaml2.Scalar.QUOTE_DOUBLE;
}
function within(repairs, reach2, offset) {
  const i = insertionPoint(repairs, offset) - 1;
  return i >= 0 && offset <= reach2[i];
}
function reaches(repairs) {
  const reach2 = [];
  let furthest = -1;
  for (const repair of repairs) reach2.push(furthest = Math.max(furthest, repair.close));
  return reach2;
}
function insertionPoint(repairs, offset) {
  let lo = 0;
  let hi = repairs.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (repairs[mid].open <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function documentMarkerAt(text4, at3, to) {
  return /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text4.slice(at3, Math.min(at3 + 4, to)));
}
function closingQuote(text4, open2, to, budget = { left: Infinity }) {
  const quote = text4[open2];
  if (quote !== "'" && quote !== '"') return void 0;
  for (let i = open2 + 1; i < to; ) {
    if (budget.left-- <= 0) return void 0;
    const c = text4[i];
    if (c === "\n") {
      if (documentMarkerAt(text4, i + 1, to)) return void 0;
      i++;
    } else if (quote === "'" && c === "'") {
      if (text4[i + 1] !== "'") return i;
      i += 2;
    } else if (quote === '"' && c === '"') {
      return i;
    } else if (quote === '"' && c === "\\") {
      i += text4[i + 1] === "\n" || text4[i + 1] === "\r" ? 1 : 2;
    } else {
      i++;
    }
  }
  return void 0;
}
function closingBracket(text4, open2, to, budget = { left: Infinity }) {
  const expected2 = [];
  let nodeStart = true;
  for (let i = open2; i < to; ) {
    if (budget.left-- <= 0) return void 0;
    const c = text4[i];
    if (c === "\n") {
      if (documentMarkerAt(text4, i + 1, to)) return void 0;
      i++;
    } else if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (c === "#" && /[ \t\n]/.test(text4[i - 1] ?? "\n")) {
      const end = text4.indexOf("\n", i);
      i = end === -1 || end > to ? to : end;
    } else if ((c === "'" || c === '"') && nodeStart) {
      const close = closingQuote(text4, i, to, budget);
      if (close === void 0) return void 0;
      i = close + 1;
      nodeStart = false;
    } else if (c === "[" || c === "{") {
      expected2.push(c === "[" ? "]" : "}");
      i++;
      nodeStart = true;
    } else if (c === "]" || c === "}") {
      if (expected2.pop() !== c) return void 0;
      if (expected2.length === 0) return i;
      i++;
      nodeStart = false;
    } else {
      nodeStart = c === "," || c === ":" && /[ \t\r\n,[\]{}]/.test(text4[i + 1] ?? " ") || c === "?";
      i++;
    }
  }
  return void 0;
}
function reindent(text4, from, to, repairs) {
  const lines = /* @__PURE__ */ new Map();
  for (const { open: open2, close } of repairs) {
    const column = open2 - (text4.lastIndexOf("\n", open2 - 1) + 1);
    for (let nl = text4.indexOf("\n", open2); nl !== -1 && nl < close; nl = text4.indexOf("\n", nl + 1)) {
      const lineStart = nl + 1;
      let end = lineStart;
      while (end < to && (text4[end] === " " || text4[end] === "	")) end++;
      const blank = end >= to || text4[end] === "\n" || text4[end] === "\r";
      const width = blank ? end - lineStart : Math.max(end - lineStart, column + 1);
      const known = lines.get(lineStart);
      lines.set(lineStart, [end, Math.max(width, known?.[1] ?? 0)]);
    }
  }
  const parts = [];
  const inserts = [];
  let last = from;
  let shift = 0;
  parts.push(text4.slice(0, from));
  for (const [lineStart, [end, width]] of [...lines].sort((a, b) => a[0] - b[0])) {
    const old = end - lineStart;
    if (width === old && !text4.slice(lineStart, end).includes("	")) continue;
    parts.push(text4.slice(last, lineStart), " ".repeat(width));
    if (width > old) inserts.push({ at: lineStart + shift, count: width - old, original: lineStart });
    shift += width - old;
    last = end;
  }
  parts.push(text4.slice(last));
  const toOriginal = (offset) => {
    let lo = 0;
    let hi = inserts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (inserts[mid].at <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return offset;
    const insert = inserts[found];
    if (offset < insert.at + insert.count) return insert.original;
    return insert.original + (offset - insert.at - insert.count);
  };
  return { text: parts.join(""), toOriginal };
}
function repairsHold(document, repairs) {
  const [start, , end] = document.range;
  const expected2 = /* @__PURE__ */ new Map();
  for (const repair of repairs)
    if (repair.open >= start && repair.open < end) expected2.set(repair.open, repair);
  if (expected2.size === 0) return false;
  let found = 0;
  (0, import_yaml2.visit)(document, {
    Node(_, node) {
      if (!node.range) return;
      const repair = expected2.get(node.range[0]);
      if (!repair || node.range[1] !== repair.close + 1) return;
      if (repair.flow ? (0, import_yaml2.isCollection)(node) && node.flow : (0, import_yaml2.isScalar)(node) && isQuoted(node)) found++;
    }
  });
  return found === expected2.size;
}

// src/engine/documents.ts
function readDocuments(text4, options) {
  const stream = readJsonStream(text4);
  if (!stream) return { documents: readYaml(text4, 0, options), json: false };
  const documents = stream.values.flatMap(([start, end]) => parseDocumentsInRange(text4, start, end, options));
  for (const document of documents) VALID_JSON.add(document);
  if (!stream.error) return { documents, json: true };
  if (stream.yamlFrom === void 0) {
    return { documents, json: false, jsonError: { ...stream.error, documentIndex: documents.length } };
  }
  const jsonCount = documents.length;
  for (const document of readYaml(text4, stream.yamlFrom, options)) documents.push(document);
  const broken = documents.findIndex((d, i) => i >= jsonCount && d.errors.some((e) => !isDuplicateKey(e)));
  const yamlError = broken === -1 ? void 0 : firstError(documents[broken]);
  if (jsonCount === 0 && yamlError && stream.error.offset >= yamlError.pos[0]) {
    return { documents, json: false, jsonError: { ...stream.error, documentIndex: broken } };
  }
  return { documents, json: false };
}
var SEPARATOR_LINE = /^---[ \t\r]*(?:#.*)?$/gm;
function readYaml(text4, from, options) {
  const documents = parseDocumentsLeniently(text4, from, text4.length, options);
  if (!documents.some(isBroken)) return documents;
  return documents.flatMap((document) => {
    if (!isBroken(document)) return [document];
    const [start, , end] = document.range;
    const cuts = [];
    SEPARATOR_LINE.lastIndex = start + 1;
    for (let match3 = SEPARATOR_LINE.exec(text4); match3 && match3.index < end; match3 = SEPARATOR_LINE.exec(text4)) {
      if (match3.index > start && (match3.index === 0 || text4[match3.index - 1] === "\n"))
        cuts.push(match3.index);
    }
    if (cuts.length === 0) return [document];
    const bounds = [start, ...cuts, end];
    return bounds.slice(1).flatMap((to, i) => parseDocumentsLeniently(text4, bounds[i], to, options));
  });
}
function documentEnd(text4, offset) {
  SEPARATOR_LINE.lastIndex = offset;
  for (let match3 = SEPARATOR_LINE.exec(text4); match3; match3 = SEPARATOR_LINE.exec(text4)) {
    if (match3.index > offset && text4[match3.index - 1] === "\n") return match3.index;
  }
  return text4.length;
}
function isBroken(document) {
  return document.errors.some((e) => !isDuplicateKey(e));
}
function documentProblem(text4, document) {
  const error = firstError(document);
  if (error) return { problem: describeError(text4, document, error), readable: false };
  if (document.errors.length === 0) return { readable: true };
  const duplicate = keepLastOfDuplicateKeys(document);
  if (!duplicate) return { readable: true };
  return {
    readable: true,
    problem: {
      message: `Map keys must be unique: the key ${JSON.stringify(duplicate.key)} is set twice in one mapping`,
      start: duplicate.at,
      end: duplicate.at + duplicate.length,
      kubectlRejects: false,
      duplicateKey: { key: duplicate.key, first: duplicate.first, sameValue: duplicate.sameValue }
    }
  };
}
function jsonProblem(error) {
  return {
    message: `JSON: ${error.message}`,
    start: error.offset,
    end: error.offset + 1,
    kubectlRejects: true
  };
}
function isDuplicateKey(error) {
  return error.code === "DUPLICATE_KEY";
}
function firstError(document) {
  let first;
  for (const error of document.errors) {
    if (isDuplicateKey(error)) continue;
    if (!first || error.pos[0] < first.pos[0]) first = error;
  }
  return first;
}
var UNSHARED_CODES = /* @__PURE__ */ new Set(["IMPOSSIBLE", "NON_STRING_KEY", "BAD_COLLECTION_TYPE"]);
var VALID_JSON = /* @__PURE__ */ new WeakSet();
function describeError(text4, document, error) {
  const [start, end] = error.pos;
  if (error.code === "RESOURCE_EXHAUSTION") {
    return { message: firstLine(error.message), start, end, kubectlRejects: false, overLimit: true };
  }
  if (VALID_JSON.has(document)) {
    const message2 = `${phrase(error.message)} (in valid JSON, which kubectl reads)`;
    return { message: message2, start, end, kubectlRejects: false };
  }
  const quote = error.code === "MISSING_CHAR" && /quote/.test(error.message);
  const flow = /^Flow (?:sequence|map) .*end with a [\]}]/.test(error.message);
  if (quote || flow) {
    const node = nodeEndingAt(document, start, flow);
    if (node?.range) {
      const open2 = node.range[0];
      const to = documentEnd(text4, open2);
      const close = flow ? closingBracket(text4, open2, to) : closingQuote(text4, open2, to);
      if (close === void 0) {
        return { message: unclosed(text4, node, open2), start, end, kubectlRejects: true };
      }
    }
    return { message: phrase(error.message), start, end, kubectlRejects: false };
  }
  if (error.code === "TAB_AS_INDENT") {
    return {
      message: "Tabs are not allowed as indentation (YAML indents with spaces only)",
      start,
      end,
      kubectlRejects: true
    };
  }
  return { message: phrase(error.message), start, end, kubectlRejects: !UNSHARED_CODES.has(error.code) };
}
function unclosed(text4, node, open2) {
  const { line, column } = lineColumn(text4, open2);
  const where = `starts at line ${line}, column ${column}`;
  if ((0, import_yaml3.isScalar)(node)) {
    const q = node.type === import_yaml3.Scalar.QUOTE_SINGLE ? "'" : '"';
    return `The ${q === "'" ? "single" : "double"}-quoted string that ${where} has no closing ${q}`;
  }
  const sequence = text4[open2] === "[";
  return `The flow ${sequence ? "sequence" : "mapping"} that ${where} has no closing ${sequence ? "]" : "}"}`;
}
function nodeEndingAt(document, end, flow) {
  let found;
  (0, import_yaml3.visit)(document, {
    Node(_, node) {
      if (found || node.range?.[1] !== end) return;
      if (flow ? (0, import_yaml3.isCollection)(node) && node.flow : (0, import_yaml3.isScalar)(node)) found = node;
    }
  });
  return found;
}
function keepLastOfDuplicateKeys(document) {
  let reported;
  (0, import_yaml3.visit)(document, {
    Map(_, map2) {
      const seen = /* @__PURE__ */ new Map();
      const kept = [];
      for (const pair of map2.items) {
        const id = keyId(pair.key);
        const earlier = id === void 0 ? void 0 : seen.get(id);
        if (id !== void 0) seen.set(id, pair);
        if (earlier) {
          const key2 = pair.key;
          const at3 = key2.range?.[0] ?? 0;
          if (!reported || at3 < reported.at) {
            reported = {
              key: String(key2.value),
              at: at3,
              length: Math.max(1, (key2.range?.[1] ?? at3) - at3),
              first: earlier.key.range?.[0] ?? 0,
              sameValue: JSON.stringify(plain(earlier.value)) === JSON.stringify(plain(pair.value))
            };
          }
          kept.splice(kept.indexOf(earlier), 1);
        }
        kept.push(pair);
      }
      if (kept.length !== map2.items.length) map2.items = kept;
    }
  });
  return reported;
}
function plain(node) {
  return (0, import_yaml3.isNode)(node) ? node.toJSON() : node;
}
function keyId(key2) {
  if (!(0, import_yaml3.isScalar)(key2)) return void 0;
  const value = key2.value;
  return `${typeof value}:${String(value)}`;
}
function phrase(message2) {
  const line = firstLine(message2).replace(/\.$/, "").replace(
    /^Unexpected (\S+) at node end$/,
    (_, token) => `Unexpected ${tokenName(token)} after the end of a value`
  ).replace(
    /^Unexpected (\S+) token in YAML stream: .*$/,
    (_, token) => `Unexpected ${tokenName(token)}`
  ).replace(/^Unexpected (\S+) token$/, (_, token) => `Unexpected ${tokenName(token)}`);
  return line;
}
var TOKEN_NAMES = {
  "flow-map-start": "{",
  "flow-map-end": "}",
  "flow-seq-start": "[",
  "flow-seq-end": "]",
  "map-value-ind": ":",
  "seq-item-ind": "-",
  "explicit-key-ind": "?",
  comma: ",",
  "doc-start": "---",
  "doc-end": "...",
  scalar: "plain value",
  "single-quoted-scalar": "single-quoted value",
  "double-quoted-scalar": "double-quoted value",
  "block-scalar": "block scalar"
};
function tokenName(token) {
  const name = TOKEN_NAMES[token];
  return name === void 0 ? token : name.length <= 3 ? `"${name}"` : name;
}
function firstLine(message2) {
  return message2.split("\n")[0] ?? message2;
}
function lineColumn(text4, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text4.indexOf("\n"); i !== -1 && i < offset; i = text4.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// src/engine/prescan.ts
var import_yaml4 = __toESM(require_dist(), 1);
var FULL_PARSE_KINDS = /* @__PURE__ */ new Set([
  // Pairing
  "Service",
  "Endpoints",
  "EndpointSlice",
  // Workloads: their Pod templates (labels a selector matches, container ports a targetPort names)
  "Pod",
  "ReplicationController",
  "Deployment",
  "ReplicaSet",
  "StatefulSet",
  "DaemonSet",
  "Job",
  "CronJob",
  // Routes to Services
  "Ingress",
  "HTTPRoute",
  "GRPCRoute",
  "TLSRoute",
  "TCPRoute",
  "UDPRoute"
]);
var NODE_KINDS = /* @__PURE__ */ new Set(["Service", "Endpoints", "EndpointSlice"]);
function needsFullParse(shape) {
  return FULL_PARSE_KINDS.has(shape.kind) || shape.kind.endsWith("List") || shape.podTemplate;
}
function prescanFile(text4) {
  if (UNUSUAL_CHARACTER.test(text4)) return void 0;
  const scanner = new Scanner(text4, false);
  if (!scanner.run(0, text4.length)) return void 0;
  for (const doc of scanner.documents) {
    if (doc.parse && doc.identity === void 0 && scanner.buildable.has(doc.documentIndex)) {
      const builder = new Scanner(text4, true);
      if (builder.run(doc.start, doc.end) && builder.root) doc.value = builder.root;
    }
  }
  return scanner.documents;
}
var UNUSUAL_CHARACTER = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOT = 46;
var DQUOTE = 34;
var SQUOTE = 39;
var BACKSLASH = 92;
var PIPE = 124;
var GT = 62;
var LBRACKET = 91;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
var COMMA = 44;
var PERCENT = 37;
var MANY_KEYS = 16;
var MAX_KEY_LENGTH = 1e3;
var CONTINUES = -2;
var INVALID = -1;
var SIMPLE_ESCAPES = new Set([...'0abtnvfre /\\"N_LP'].map((c) => c.charCodeAt(0)));
var CORE_TAGS = new import_yaml4.Schema({}).tags.filter(
  (tag) => tag.default === true && "test" in tag && tag.test instanceof RegExp
);
var RESOLVE_OPTIONS = { intAsBigInt: false };
var ignoreError = () => void 0;
function resolvePlain(text4) {
  const c = text4.charCodeAt(0);
  if ((c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95) && !KEYWORDS.has(text4))
    return text4;
  for (const tag of CORE_TAGS) {
    if (!tag.test.test(text4)) continue;
    const resolved = tag.resolve(text4, ignoreError, RESOLVE_OPTIONS);
    return (0, import_yaml4.isScalar)(resolved) ? resolved.value : resolved;
  }
  return text4;
}
function setKey(into, key2, value) {
  if (key2 === "__proto__")
    Object.defineProperty(into, key2, { value, writable: true, enumerable: true, configurable: true });
  else into[key2] = value;
}
function assign(target, value) {
  if (Array.isArray(target.into)) target.into[target.key] = value;
  else setKey(target.into, target.key, value);
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
var KEYWORDS = /* @__PURE__ */ new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
var NUMBER_CHARS = /^[0-9a-fA-FxXoO.+\-_]*$/;
function isPlainString(text4) {
  const c = text4.charCodeAt(0);
  const letter = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
  if (letter) return !KEYWORDS.has(text4);
  const digit = c >= 48 && c <= 57;
  return digit && !NUMBER_CHARS.test(text4);
}
function isKeyChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === DOT || c === 47 || c === DASH;
}
function isFlowPlainChar(c) {
  return isKeyChar(c) || c === 61 || c === 43;
}
function isIndicator(c) {
  switch (c) {
    case 63:
    // ?
    case COLON:
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 38:
    // &
    case 42:
    // *
    case 33:
    // !
    case PIPE:
    case GT:
    case SQUOTE:
    case DQUOTE:
    case PERCENT:
    case 64:
    // @
    case 96:
      return true;
    default:
      return false;
  }
}
var Scanner = class {
  documents = [];
  /** Indexes of documents whose value build mode may build: kinds of FULL_PARSE_KINDS outside NODE_KINDS. */
  buildable = /* @__PURE__ */ new Set();
  /** Build mode: the value of the document (its root mapping). */
  root;
  text;
  /**
   * Build mode: build the value of the one (already validated) document scanned. It stops (run returns
   * false) at anything whose value it does not build exactly as the parser: folded block scalars,
   * scalars over several lines, escapes, spaces-only lines in block scalars.
   */
  build;
  // The document being scanned.
  documentIndex = 0;
  documentStart = 0;
  hasContent = false;
  stack = [];
  lineStart = 0;
  /** A key with nothing after it, in the mapping at this indent: a nested block may follow. */
  pendingIndent = -1;
  pendingRole = 0 /* Other */;
  pendingTarget;
  /** Inside a block scalar whose parent node is at this indent (-1: not in one). */
  blockParent = -1;
  blockIndent = -1;
  blockTarget;
  /** Its chomping indicator: '', '-' or '+'. */
  blockChomp = "";
  blockLines = [];
  /** A plain scalar that may go on over more-indented lines, in a collection at this indent. */
  plainParent = -1;
  /** Inside a quoted scalar that spans lines (the quote character, 0: not in one), in a collection at `quoteParent`. */
  quote = 0;
  quoteParent = -1;
  /** The scalar that may go on is part of the identity: if it does, the identity is not certain. */
  identityScalar = false;
  // What the document says about itself.
  apiVersion;
  kind;
  name;
  namespace;
  uncertainIdentity = false;
  podTemplate = false;
  // Set by scanValue: the value just read.
  scalarStyle = 0 /* None */;
  scalarStart = 0;
  scalarEnd = 0;
  /** It has escapes (`\n`, `''`): its text is not the source text. */
  scalarEscaped = false;
  /** It may go on on the next lines (a plain scalar without a comment after it, or an open quote). */
  scalarOpen = false;
  /** `|` or `>`, and its chomping indicator. */
  blockHeader = "";
  /** Build mode: a flow collection's value. */
  flowValue;
  constructor(text4, build) {
    this.text = text4;
    this.build = build;
  }
  /** Scans [from, to): whole lines. False when the text is not certain YAML of the subset. */
  run(from, to) {
    const text4 = this.text;
    let lineStart = from;
    let sawMarker = false;
    let nextTab = text4.indexOf("	", from);
    if (nextTab < 0 || nextTab > to) nextTab = to;
    this.documentStart = from;
    while (lineStart < to) {
      let lineEnd = text4.indexOf("\n", lineStart);
      if (lineEnd === -1 || lineEnd > to) lineEnd = to;
      const hasTab = nextTab < lineEnd;
      if (hasTab) {
        nextTab = text4.indexOf("	", lineEnd);
        if (nextTab < 0 || nextTab > to) nextTab = to;
      }
      const first = text4.charCodeAt(lineStart);
      if (lineStart === lineEnd) {
        if (this.build && this.blockParent >= 0) this.blockLines.push("");
      } else if ((first === DASH || first === DOT) && lineEnd - lineStart >= 3 && text4.charCodeAt(lineStart + 1) === first && text4.charCodeAt(lineStart + 2) === first && (lineEnd - lineStart === 3 || text4.charCodeAt(lineStart + 3) === SPACE)) {
        if (this.build || first === DOT || hasTab || this.quote !== 0 || !this.onlyComment(lineStart + 3, lineEnd))
          return false;
        if (!this.endDocument(lineStart, sawMarker)) return false;
        sawMarker = true;
        this.startDocument(lineEnd + 1);
      } else if (first === PERCENT && !this.hasContent) {
        return false;
      } else if (!this.line(lineStart, lineEnd, hasTab)) {
        return false;
      }
      lineStart = lineEnd + 1;
    }
    return this.quote === 0 && this.endDocument(to, sawMarker);
  }
  startDocument(start) {
    this.documentStart = start;
    this.hasContent = false;
    this.stack = [];
    this.pendingIndent = -1;
    this.blockParent = -1;
    this.blockIndent = -1;
    this.plainParent = -1;
    this.quote = 0;
    this.apiVersion = void 0;
    this.kind = void 0;
    this.name = void 0;
    this.namespace = void 0;
    this.uncertainIdentity = false;
    this.podTemplate = false;
  }
  /** Closes the document that runs up to `end`; `counted` says a `---` opened it. */
  endDocument(end, counted) {
    if (this.build) return this.finishBlock();
    if (!this.hasContent) {
      if (counted) this.documentIndex++;
      return true;
    }
    const doc = {
      documentIndex: this.documentIndex++,
      start: this.documentStart,
      end,
      parse: false
    };
    const { apiVersion, kind } = this;
    if (this.uncertainIdentity) {
      doc.parse = true;
    } else if (apiVersion !== void 0 && kind !== void 0) {
      if (needsFullParse({ kind, podTemplate: this.podTemplate })) {
        doc.parse = true;
        if (!NODE_KINDS.has(kind) && !kind.endsWith("List")) this.buildable.add(doc.documentIndex);
      } else {
        const identity2 = { apiVersion, kind, name: this.name ?? "" };
        if (this.namespace !== void 0 && this.namespace !== "") identity2.namespace = this.namespace;
        doc.identity = identity2;
      }
    }
    this.documents.push(doc);
    return true;
  }
  /** Only spaces, or spaces then a comment, in [from, to). */
  onlyComment(from, to) {
    let i = from;
    while (i < to && this.text.charCodeAt(i) === SPACE) i++;
    return i === to || i > from && this.text.charCodeAt(i) === HASH;
  }
  /** One line of the document (not a `---` line). */
  line(lineStart, lineEnd, hasTab) {
    const text4 = this.text;
    this.lineStart = lineStart;
    let i = lineStart;
    while (i < lineEnd && text4.charCodeAt(i) === SPACE) i++;
    const indent = i - lineStart;
    const blank = i === lineEnd;
    if (this.blockParent >= 0) {
      if (blank) {
        if (this.build) return false;
        return this.blockIndent >= 0 || indent === 0;
      }
      if (indent > this.blockParent) {
        if (this.blockIndent < 0) {
          if (hasTab) return false;
          this.blockIndent = indent;
        } else if (indent < this.blockIndent) {
          return false;
        }
        if (this.build) this.blockLines.push(text4.slice(lineStart + this.blockIndent, lineEnd));
        return true;
      }
      if (!this.finishBlock()) return false;
    }
    if (hasTab) return false;
    if (this.quote !== 0) {
      if (blank) return true;
      if (indent <= this.quoteParent) return false;
      const close = this.scanQuoted(this.quote, i, lineEnd);
      if (close === INVALID) return false;
      if (close === CONTINUES) return true;
      this.quote = 0;
      return this.onlyComment(close + 1, lineEnd);
    }
    if (blank) return true;
    const c = text4.charCodeAt(i);
    if (this.plainParent >= 0) {
      if (indent > this.plainParent) {
        if (c === HASH) {
          this.plainParent = -1;
          return true;
        }
        if (this.build || isIndicator(c) || c === DASH) return false;
        if (this.identityScalar) this.uncertainIdentity = true;
        const end = this.plainEnd(i, lineEnd);
        if (end < 0) return false;
        if (end < lineEnd) this.plainParent = -1;
        return true;
      }
      this.plainParent = -1;
    }
    if (c === HASH) return true;
    this.hasContent = true;
    const isDash = c === DASH && (i + 1 === lineEnd || text4.charCodeAt(i + 1) === SPACE);
    if (this.stack.length === 0) {
      if (isDash || indent !== 0) return false;
      const root = { indent: 0, isSeq: false, role: 1 /* Root */, keys: [] };
      if (this.build) this.root = root.value = {};
      this.stack.push(root);
    } else if (this.pendingIndent >= 0) {
      const parent = this.pendingIndent;
      this.pendingIndent = -1;
      if (indent > parent || indent === parent && isDash) {
        const role = this.pendingRole;
        const child = isDash ? { indent, isSeq: true, role } : { indent, isSeq: false, role, keys: [] };
        if (this.build) assign(this.pendingTarget, child.value = isDash ? [] : {});
        this.stack.push(child);
      }
    }
    const stack = this.stack;
    let top = stack[stack.length - 1];
    while (top.indent > indent || top.indent === indent && top.isSeq && !isDash && stack.length > 1) {
      stack.pop();
      if (stack.length === 0) return false;
      top = stack[stack.length - 1];
    }
    if (top.indent !== indent || top.isSeq !== isDash) return false;
    this.identityScalar = false;
    if (isDash) return this.sequenceItem(top, i, lineEnd);
    return this.mapEntry(top, i, lineEnd);
  }
  /** `- ...` at `at`: a scalar, a flow collection, a block scalar, or the first entry of a mapping. */
  sequenceItem(seq, at3, lineEnd) {
    const text4 = this.text;
    let i = at3 + 1;
    while (i < lineEnd && text4.charCodeAt(i) === SPACE) i++;
    if (i === lineEnd) return false;
    const c = text4.charCodeAt(i);
    if (c === HASH || c === DASH && (i + 1 === lineEnd || text4.charCodeAt(i + 1) === SPACE)) return false;
    const items = seq.value;
    const keyEnd = this.scanKey(i, lineEnd);
    if (keyEnd > 0) {
      const map2 = { indent: i - this.lineStart, isSeq: false, role: 0 /* Other */, keys: [] };
      if (this.build) items.push(map2.value = {});
      this.stack.push(map2);
      return this.mapEntry(map2, i, lineEnd);
    }
    if (keyEnd < 0) return false;
    const value = this.scanValue(i, lineEnd);
    if (this.build && value !== 0 /* Fail */) {
      items.push(null);
      if (!this.buildValue(value, { into: items, key: items.length - 1 })) return false;
    }
    return this.afterValue(value, seq.indent);
  }
  /** `key: value` at `at` in the mapping `map`. */
  mapEntry(map2, at3, lineEnd) {
    const keyEnd = this.scanKey(at3, lineEnd);
    if (keyEnd <= 0) return false;
    const text4 = this.text;
    const quoted = text4.charCodeAt(at3) === DQUOTE || text4.charCodeAt(at3) === SQUOTE;
    const key2 = quoted ? text4.slice(at3 + 1, keyEnd - 2) : text4.slice(at3, keyEnd - 1);
    const keys = map2.keys;
    if (Array.isArray(keys)) {
      if (keys.includes(key2)) return false;
      keys.push(key2);
      if (keys.length > MANY_KEYS) map2.keys = new Set(keys);
    } else {
      if (keys.has(key2)) return false;
      keys.add(key2);
    }
    const value = this.scanValue(keyEnd, lineEnd);
    if (this.build && value !== 0 /* Fail */) {
      if (!this.buildValue(value, { into: map2.value, key: key2 })) return false;
    }
    if (!this.afterValue(value, map2.indent)) return false;
    this.pendingRole = 0 /* Other */;
    if (map2.role === 1 /* Root */) this.rootEntry(key2, value);
    else if (map2.role === 2 /* Metadata */) this.metadataEntry(key2, value);
    else if (map2.role === 3 /* Spec */ && key2 === "template") this.podTemplate = true;
    return true;
  }
  /** What follows a value read by `scanValue` in a collection at `parent`. */
  afterValue(value, parent) {
    switch (value) {
      case 0 /* Fail */:
        return false;
      case 1 /* Empty */:
        this.pendingIndent = parent;
        return true;
      case 2 /* Block */:
        this.blockParent = parent;
        return true;
      default:
        if (this.scalarOpen) {
          if (this.scalarStyle === 2 /* Quoted */) this.quoteParent = parent;
          else this.plainParent = parent;
        }
        return true;
    }
  }
  /** Build mode: the value just read by `scanValue`, put at `target`. */
  buildValue(value, target) {
    switch (value) {
      case 1 /* Empty */:
        assign(target, null);
        this.pendingTarget = target;
        return true;
      case 2 /* Block */:
        if (this.blockHeader[0] !== "|") return false;
        this.blockTarget = target;
        this.blockChomp = this.blockHeader[1] ?? "";
        this.blockLines = [];
        return true;
      default: {
        if (this.scalarStyle === 0 /* None */) {
          assign(target, this.flowValue);
          return true;
        }
        if (this.scalarEscaped || this.scalarOpen && this.scalarStyle === 2 /* Quoted */) return false;
        const text4 = this.text.slice(this.scalarStart, this.scalarEnd);
        assign(target, this.scalarStyle === 2 /* Quoted */ ? text4 : resolvePlain(text4));
        return true;
      }
    }
  }
  /** Ends a block scalar (if in one): in build mode, its value as the parser gives it. */
  finishBlock() {
    if (this.blockParent >= 0 && this.build) {
      const lines = this.blockLines;
      let trailing = 0;
      while (lines.length > 0 && lines[lines.length - 1] === "") {
        lines.pop();
        trailing++;
      }
      const text4 = lines.join("\n");
      let value;
      if (this.blockChomp === "-")
        value = text4;
      else if (this.blockChomp === "+")
        value = text4 === "" ? "\n".repeat(trailing) : text4 + "\n".repeat(1 + trailing);
      else value = text4 === "" ? "" : `${text4}
`;
      assign(this.blockTarget, value);
    }
    this.blockParent = -1;
    this.blockIndent = -1;
    return true;
  }
  rootEntry(key2, value) {
    switch (key2) {
      case "apiVersion":
        this.apiVersion = this.identityText(value, false);
        break;
      case "kind":
        this.kind = this.identityText(value, false);
        break;
      case "metadata":
        if (value === 1 /* Empty */) this.pendingRole = 2 /* Metadata */;
        else this.uncertainIdentity = true;
        break;
      case "spec":
        if (value === 1 /* Empty */) this.pendingRole = 3 /* Spec */;
        break;
    }
  }
  metadataEntry(key2, value) {
    if (key2 === "name") this.name = this.identityText(value, true);
    else if (key2 === "namespace") this.namespace = this.identityText(value, true);
  }
  /** The string a value stands for, when certain; otherwise the document's identity is uncertain. */
  identityText(value, quotedOk) {
    this.identityScalar = true;
    const complete = this.scalarStyle === 1 /* Plain */ || !this.scalarOpen;
    if (value === 3 /* Inline */ && this.scalarStyle !== 0 /* None */ && complete) {
      const s = this.text.slice(this.scalarStart, this.scalarEnd);
      if (this.scalarStyle === 2 /* Quoted */ ? quotedOk && !this.scalarEscaped : isPlainString(s))
        return s;
    }
    this.uncertainIdentity = true;
    return void 0;
  }
  /**
   * A simple key at `at` followed by `:` and a space or the line end. Returns the offset after the `:`,
   * 0 when the text there is not a key (it may be a scalar), -1 when it is no certain YAML at all.
   */
  scanKey(at3, lineEnd) {
    const text4 = this.text;
    const c = text4.charCodeAt(at3);
    let i;
    if (c === DQUOTE || c === SQUOTE) {
      this.scalarEscaped = false;
      const close = this.scanQuoted(c, at3 + 1, lineEnd);
      if (close < 0 || this.scalarEscaped) return -1;
      if (text4.charCodeAt(close + 1) !== COLON) return 0;
      i = close + 2;
      if (i < lineEnd && text4.charCodeAt(i) !== SPACE) return 0;
    } else {
      if (!isKeyChar(c) || c === DOT || c === DASH || c === 47) return 0;
      i = at3 + 1;
      while (i < lineEnd && isKeyChar(text4.charCodeAt(i))) i++;
      if (i === lineEnd || text4.charCodeAt(i) !== COLON) return 0;
      if (i + 1 < lineEnd && text4.charCodeAt(i + 1) !== SPACE) return 0;
      if (!isPlainString(text4.slice(at3, i))) return -1;
      i++;
    }
    return i - at3 > MAX_KEY_LENGTH ? -1 : i;
  }
  /** The value from `at` (just after `key:` or `- `) to the line end. */
  scanValue(at3, lineEnd) {
    const text4 = this.text;
    this.scalarStyle = 0 /* None */;
    this.scalarOpen = false;
    this.scalarEscaped = false;
    let i = at3;
    while (i < lineEnd && text4.charCodeAt(i) === SPACE) i++;
    if (i === lineEnd) return 1 /* Empty */;
    const c = text4.charCodeAt(i);
    switch (c) {
      case HASH:
        return i > at3 ? 1 /* Empty */ : 0 /* Fail */;
      case DQUOTE:
      case SQUOTE: {
        const close = this.scanQuoted(c, i + 1, lineEnd);
        if (close === INVALID) return 0 /* Fail */;
        this.scalarStyle = 2 /* Quoted */;
        if (close === CONTINUES) {
          this.quote = c;
          this.scalarOpen = true;
          return 3 /* Inline */;
        }
        if (!this.onlyComment(close + 1, lineEnd)) return 0 /* Fail */;
        this.scalarStart = i + 1;
        this.scalarEnd = close;
        return 3 /* Inline */;
      }
      case PIPE:
      case GT: {
        let j = i + 1;
        const chomp = text4.charCodeAt(j);
        if (chomp === DASH || chomp === 43) j++;
        this.blockHeader = text4.slice(i, j);
        return this.onlyComment(j, lineEnd) ? 2 /* Block */ : 0 /* Fail */;
      }
      case LBRACE:
        this.flowValue = {};
        return text4.charCodeAt(i + 1) === RBRACE && this.onlyComment(i + 2, lineEnd) ? 3 /* Inline */ : 0 /* Fail */;
      case LBRACKET:
        return this.flowSequence(i, lineEnd) ? 3 /* Inline */ : 0 /* Fail */;
      case DASH:
        if (i + 1 === lineEnd || text4.charCodeAt(i + 1) === SPACE) return 0 /* Fail */;
        break;
      default:
        if (isIndicator(c)) return 0 /* Fail */;
    }
    const end = this.plainEnd(i, lineEnd);
    if (end < 0) return 0 /* Fail */;
    let trimmed = end;
    while (text4.charCodeAt(trimmed - 1) === SPACE) trimmed--;
    this.scalarStyle = 1 /* Plain */;
    this.scalarStart = i;
    this.scalarEnd = trimmed;
    this.scalarOpen = end === lineEnd;
    return 3 /* Inline */;
  }
  /**
   * The end of plain scalar text from `at`: the line end, or the ` #` of a comment. -1 when a `: ` inside
   * (or a `:` at its end) would make it a mapping key.
   */
  plainEnd(at3, lineEnd) {
    const text4 = this.text;
    for (let j = at3 + 1; j < lineEnd; j++) {
      const d = text4.charCodeAt(j);
      if (d === COLON) {
        if (j + 1 === lineEnd || text4.charCodeAt(j + 1) === SPACE) return -1;
      } else if (d === HASH && text4.charCodeAt(j - 1) === SPACE) {
        return j;
      }
    }
    return text4.charCodeAt(at3) === COLON && at3 + 1 === lineEnd ? -1 : lineEnd;
  }
  /**
   * Reads quoted text from `from` (after the opening quote, or at the start of a continuation line) to
   * the closing quote on this line: its offset, CONTINUES when the line ends first, INVALID on a bad
   * escape. Sets `scalarEscaped` when it meets an escape.
   */
  scanQuoted(quote, from, lineEnd) {
    const text4 = this.text;
    for (let i = from; i < lineEnd; i++) {
      const c = text4.charCodeAt(i);
      if (c === quote) {
        if (quote === DQUOTE || text4.charCodeAt(i + 1) !== SQUOTE) return i;
        this.scalarEscaped = true;
        i++;
      } else if (c === BACKSLASH && quote === DQUOTE) {
        this.scalarEscaped = true;
        if (i + 1 === lineEnd) return CONTINUES;
        const e = text4.charCodeAt(i + 1);
        if (SIMPLE_ESCAPES.has(e)) i++;
        else if (e === 120 && isHex(text4.charCodeAt(i + 2)) && isHex(text4.charCodeAt(i + 3))) i += 3;
        else if (e === 117 && isHex(text4.charCodeAt(i + 2)) && isHex(text4.charCodeAt(i + 3)) && isHex(text4.charCodeAt(i + 4)) && isHex(text4.charCodeAt(i + 5)))
          i += 5;
        else return INVALID;
      }
    }
    return CONTINUES;
  }
  /** `[]` or `[a, "b", 'c', {}]` on one line, with simple items. Build mode: its value in `flowValue`. */
  flowSequence(at3, lineEnd) {
    const text4 = this.text;
    const items = [];
    this.flowValue = items;
    let i = at3 + 1;
    const skipSpaces = () => {
      while (i < lineEnd && text4.charCodeAt(i) === SPACE) i++;
    };
    skipSpaces();
    if (text4.charCodeAt(i) === RBRACKET) return this.onlyComment(i + 1, lineEnd);
    for (; ; ) {
      skipSpaces();
      const c = text4.charCodeAt(i);
      if (c === DQUOTE || c === SQUOTE) {
        this.scalarEscaped = false;
        const close = this.scanQuoted(c, i + 1, lineEnd);
        if (close < 0 || this.build && this.scalarEscaped) return false;
        if (this.build) items.push(text4.slice(i + 1, close));
        i = close + 1;
      } else if (c === LBRACE && text4.charCodeAt(i + 1) === RBRACE || c === LBRACKET && text4.charCodeAt(i + 1) === RBRACKET) {
        if (this.build) items.push(c === LBRACE ? {} : []);
        i += 2;
      } else {
        const start = i;
        while (i < lineEnd && isFlowPlainChar(text4.charCodeAt(i))) i++;
        if (i === start || i === start + 1 && c === DASH) return false;
        if (this.build) items.push(resolvePlain(text4.slice(start, i)));
      }
      skipSpaces();
      const d = text4.charCodeAt(i);
      if (d === RBRACKET) return this.onlyComment(i + 1, lineEnd);
      if (d !== COMMA || i >= lineEnd) return false;
      i++;
    }
  }
};

// src/engine/source.ts
var SourceFile = class {
  /** `text` has any byte-order mark removed, so that columns match what an editor shows. */
  constructor(path4, text4) {
    this.path = path4;
    this.text = text4;
    const starts = [0];
    for (let i = text4.indexOf("\n"); i !== -1; i = text4.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }
  path;
  text;
  /** Offsets at which each line starts. */
  lineStarts;
  get lineCount() {
    return this.lineStarts.length;
  }
  /** 1-based line and column of an offset. */
  position(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1 };
  }
  /** Region of [start, end) offsets; an empty range still covers one character where there is one. */
  region(start, end) {
    const from = this.position(start);
    let to = this.position(Math.max(end, start));
    if (end <= start) to = { line: from.line, column: from.column + (start < this.text.length ? 1 : 0) };
    if (to.column === 1 && to.line > from.line) {
      const prev = this.lineText(to.line - 1);
      to = { line: to.line - 1, column: prev.length + 1 };
    }
    const endOf = (line) => this.lineText(line).length + 1;
    const column = Math.min(from.column, endOf(from.line));
    const endColumn = Math.min(to.column, endOf(to.line));
    return {
      line: from.line,
      column,
      endLine: to.line,
      endColumn: to.line === from.line ? Math.max(column, endColumn) : endColumn
    };
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line];
    let end = next === void 0 ? this.text.length : next - 1;
    if (end > start && this.text[end - 1] === "\r") end--;
    return this.text.slice(start, end);
  }
  /** The line break this file uses. */
  get eol() {
    return /\r\n/.test(this.text.slice(0, 4096)) ? "\r\n" : "\n";
  }
};
function stripBom(text4) {
  return text4.charCodeAt(0) === 65279 ? text4.slice(1) : text4;
}
function normalizeLineBreaks(text4) {
  return text4.includes("\r") && !text4.includes("\n") ? text4.replace(/\r/g, "\n") : text4;
}

// src/engine/template.ts
var import_yaml5 = __toESM(require_dist(), 1);
function hasTemplateMarkers(text4) {
  return text4.includes("{{") || text4.includes("{%");
}
function helmChartOf(path4, paths) {
  const parts = path4.split("/");
  for (let i = parts.length - 2; i >= 0; i--) {
    if (parts[i] !== "templates") continue;
    const dir = parts.slice(0, i).join("/");
    if (paths.has(dir === "" ? "Chart.yaml" : `${dir}/Chart.yaml`)) return dir === "" ? "." : dir;
  }
  return void 0;
}
function helmChartSkipReason(chart) {
  return `Helm chart template (chart ${chart}): helm renders its {{ }}; render it (helm template ${chart}) to check it`;
}
function findTemplateBreak(text4) {
  if (!hasTemplateMarkers(text4)) return void 0;
  const spans = inertSpans(text4);
  const openShift = isOpenShiftTemplate(text4);
  for (const marker of templateMarkers(text4)) {
    if (openShift && marker.dollar) continue;
    const span = spanAround(spans, marker.start, marker.end);
    if (span && !(span[2] && startsLine(text4, marker.start))) continue;
    return { line: lineOf(text4, marker.start), jinja: marker.jinja };
  }
  return void 0;
}
function templateSkipReason(text4) {
  const found = findTemplateBreak(text4);
  if (!found) return void 0;
  return found.jinja ? `Jinja template: {% %} at line ${found.line} breaks the YAML structure; render it to check it` : `Go/Helm template: {{ }} at line ${found.line} breaks the YAML structure; render it (helm template) to check it`;
}
function* templateMarkers(text4) {
  const pattern = /\{\{|\{%/g;
  const next = { "}}": -2, "%}": -2 };
  for (let match3 = pattern.exec(text4); match3; match3 = pattern.exec(text4)) {
    const start = match3.index;
    const jinja = match3[0] === "{%";
    const delimiter = jinja ? "%}" : "}}";
    if (next[delimiter] !== -1 && next[delimiter] < start + 2)
      next[delimiter] = text4.indexOf(delimiter, start + 2);
    const close = next[delimiter];
    yield { start, end: close === -1 ? start + 2 : close + 2, jinja, dollar: text4[start - 1] === "$" };
  }
}
function inertSpans(text4) {
  const spans = [];
  const budget = { left: 4 * text4.length + 4096 };
  const pending = [];
  for (const token of new import_yaml5.Parser().parse(text4)) pending.push([token, false]);
  while (pending.length > 0) {
    const [node, inKey] = pending.pop();
    if (Array.isArray(node)) {
      for (const child of node) pending.push([child, inKey]);
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const token = node;
    const offset = typeof token.offset === "number" ? token.offset : void 0;
    const source = typeof token.source === "string" ? token.source : void 0;
    if (offset !== void 0 && source !== void 0) {
      switch (token.type) {
        case "comment":
          spans.push([offset, offset + source.length, false]);
          break;
        case "scalar":
          if (!inKey) spans.push([offset, offset + source.length, true]);
          break;
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          if (inKey) break;
          const close = closingQuote(text4, offset, text4.length, budget);
          spans.push([offset, Math.max(offset + source.length, close === void 0 ? 0 : close + 1), false]);
          break;
        }
        case "block-scalar": {
          let bodyStart = offset;
          for (const prop of Array.isArray(token.props) ? token.props : []) {
            const p = prop;
            if (typeof p.offset === "number" && typeof p.source === "string")
              bodyStart = Math.max(bodyStart, p.offset + p.source.length);
          }
          if (!inKey) spans.push([offset, bodyStart + source.length, false]);
          break;
        }
      }
    }
    for (const field of ["start", "props", "sep", "value", "items", "end"]) {
      if (field in token) pending.push([token[field], inKey]);
    }
    if ("key" in token) pending.push([token.key, true]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] < last[1]) {
      last[1] = Math.max(last[1], span[1]);
      last[2] &&= span[2];
    } else merged.push(span);
  }
  return merged;
}
function spanAround(spans, start, end) {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (spans[mid][0] <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const span = spans[found];
  return span !== void 0 && end <= span[1] ? span : void 0;
}
function startsLine(text4, offset) {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text4[i];
    if (c === "\n") return true;
    if (c !== " " && c !== "	") return false;
  }
  return true;
}
function isOpenShiftTemplate(text4) {
  return /(?:^|[\s{,])["']?kind["']?\s*:\s*["']?Template["']?\s*(?:$|[,}#])/m.test(text4) && /(?:^|[\s{,])["']?apiVersion["']?\s*:\s*["']?(?:template\.openshift\.io\/)?v1["']?\s*(?:$|[,}#])/m.test(
    text4
  );
}
function lineOf(text4, offset) {
  let line = 1;
  for (let i = text4.indexOf("\n"); i !== -1 && i < offset; i = text4.indexOf("\n", i + 1)) line++;
  return line;
}

// src/engine/parse.ts
var KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
var MAX_ALIAS_COUNT = 100;
var PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true };
function parseManifestFile(path4, rawText, options = {}) {
  const file = new SourceFile(path4, normalizeLineBreaks(stripBom(rawText)));
  const result = { file, objects: [], syntaxProblems: [] };
  if (options.helmChart !== void 0 && hasTemplateMarkers(file.text)) {
    result.skipped = helmChartSkipReason(options.helmChart);
    result.template = { chart: options.helmChart };
    return result;
  }
  const template = templateSkipReason(file.text);
  if (template) {
    result.skipped = template;
    result.template = {};
    return result;
  }
  const prescannable = !indentedAtLeast(file.text, MAX_NESTING_DEPTH - 8) && !looksLikeJsonStream(file.text);
  if (options.prescan !== false && prescannable && !KUSTOMIZATION_FILE.test(path4)) {
    const documents2 = prescanFile(file.text);
    if (documents2 && readPrescanned(file, documents2, result.objects)) return finish(result);
    result.objects = [];
  }
  let read;
  try {
    read = readDocuments(file.text, PARSE_OPTIONS);
  } catch (error) {
    result.syntaxProblems.push({ message: `cannot parse: ${String(error)}`, region: file.region(0, 0) });
    return result;
  }
  const { documents, jsonError } = read;
  const count = Math.max(documents.length, jsonError ? jsonError.documentIndex + 1 : 0);
  const report2 = (problem2, documentEnd2, documentIndex) => {
    result.syntaxProblems.push(syntaxProblem(file, problem2, documentEnd2, documentIndex, count));
  };
  documents.forEach((doc, documentIndex) => {
    const json = jsonError?.documentIndex === documentIndex;
    const { problem: problem2, readable } = json ? { problem: jsonProblem(jsonError), readable: false } : documentProblem(file.text, doc);
    if (!readable) {
      if (problem2) report2(problem2, json ? file.text.length : doc.range[1], documentIndex);
      return;
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const start = doc.contents?.range?.[0] ?? 0;
      result.syntaxProblems.push({
        message: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        region: file.region(start, start),
        overLimit: true
      });
      return;
    }
    if (problem2) report2(problem2, doc.range[1], documentIndex);
    if (KUSTOMIZATION_FILE.test(path4) && isRecord(value) && isKustomization(value)) {
      result.kustomization = readKustomization(value);
      if ((0, import_yaml6.isMap)(doc.contents)) {
        const kind = typeof value.kind === "string" ? value.kind : "Kustomization";
        result.kustomization.document = {
          file,
          node: doc.contents,
          value,
          apiVersion: typeof value.apiVersion === "string" ? value.apiVersion : "",
          kind,
          name: "",
          documentIndex
        };
      }
      return;
    }
    collectObjects(file, doc.contents, value, documentIndex, result.objects);
  });
  if (jsonError && jsonError.documentIndex >= documents.length) {
    report2(jsonProblem(jsonError), file.text.length, jsonError.documentIndex);
  }
  return finish(result);
}
function syntaxProblem(file, problem2, documentEnd2, documentIndex, count) {
  const out = {
    message: problem2.message,
    region: syntaxRegion(file, problem2.start, problem2.end, documentEnd2)
  };
  if (problem2.overLimit) out.overLimit = true;
  else out.kubectlRejects = problem2.kubectlRejects;
  if (problem2.duplicateKey) {
    const first = problem2.duplicateKey.first;
    out.duplicateKey = {
      key: problem2.duplicateKey.key,
      first: file.region(first, first),
      sameValue: problem2.duplicateKey.sameValue
    };
  }
  if (count > 1) out.document = { number: documentIndex + 1, count };
  return out;
}
function finish(result) {
  if (result.objects.length > 0 || result.kustomization) return result;
  const broken = result.syntaxProblems.length > 0;
  if (broken && !result.syntaxProblems.some((p) => p.overLimit) && !KUSTOMIZATION_FILE.test(result.file.path)) {
    if (!MANIFEST_KEY.test(result.file.text)) {
      result.syntaxProblems = [];
      result.skipped = "does not parse, and names no apiVersion or kind: not a Kubernetes manifest";
    }
    return result;
  }
  if (!broken) result.skipped = "no Kubernetes object (nothing with apiVersion and kind)";
  return result;
}
var MANIFEST_KEY = /(^|[\s{,])["']?(apiVersion|kind)["']?\s*:/m;
function readPrescanned(file, documents, out) {
  for (const doc of documents) {
    if (doc.identity) {
      out.push(deferredObject(file, doc));
    } else if (doc.value) {
      const identity2 = identityOf(doc.value);
      if (identity2) out.push(lazyNodeObject(file, doc, doc.value, identity2));
    } else if (doc.parse) {
      const parsed = parseDocumentAt(file.text, doc.start, doc.end);
      if (!parsed) return false;
      let value;
      try {
        value = parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch {
        return false;
      }
      collectObjects(file, parsed.contents, value, doc.documentIndex, out);
    }
  }
  return true;
}
function parseDocumentAt(text4, start, end) {
  const parsed = parseDocumentsWithinLimits(text4.slice(start, end), PARSE_OPTIONS);
  if (parsed.length !== 1) return void 0;
  const doc = parsed[0];
  if (doc.errors.length > 0) return void 0;
  if (start > 0) {
    const shift = (range) => [
      range[0] + start,
      range[1] + start,
      range[2] + start
    ];
    doc.range = shift(doc.range);
    (0, import_yaml6.visit)(doc, {
      Node(_, node) {
        if (node.range) node.range = shift(node.range);
      }
    });
  }
  return doc;
}
function loadDocument(file, doc) {
  let documents = parsedFiles.get(file);
  if (!documents) parsedFiles.set(file, documents = parseDocumentsWithinLimits(file.text, PARSE_OPTIONS));
  const document = documents[doc.documentIndex];
  if (!document || document.errors.length > 0 || !(0, import_yaml6.isMap)(document.contents)) throw misread(file, doc);
  return document;
}
var parsedFiles = /* @__PURE__ */ new WeakMap();
function misread(file, doc) {
  return new Error(
    `internal error: the pre-scan misread ${file.path} (document ${doc.documentIndex + 1}); set KUBE_PAIRING_PRESCAN=0 to work around it, and please report it`
  );
}
function deferredObject(file, doc) {
  const identity2 = doc.identity;
  let document;
  let value;
  return {
    file,
    get node() {
      return (document ??= loadDocument(file, doc)).contents;
    },
    get value() {
      if (value) return value;
      const js = (document ??= loadDocument(file, doc)).toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (!isRecord(js)) throw misread(file, doc);
      return value = js;
    },
    apiVersion: identity2.apiVersion,
    kind: identity2.kind,
    name: identity2.name,
    namespace: identity2.namespace,
    documentIndex: doc.documentIndex,
    deferred: true
  };
}
function lazyNodeObject(file, doc, value, identity2) {
  let node;
  return {
    file,
    get node() {
      return node ??= loadDocument(file, doc).contents;
    },
    value,
    apiVersion: identity2.apiVersion,
    kind: identity2.kind,
    name: identity2.name,
    namespace: identity2.namespace,
    documentIndex: doc.documentIndex
  };
}
function syntaxRegion(file, start, end, documentEnd2) {
  const contentEnd = file.text.slice(0, Math.max(documentEnd2, 0)).trimEnd().length;
  if (contentEnd > 0 && start >= contentEnd) return file.region(contentEnd - 1, contentEnd);
  return file.region(start, Math.min(end, Math.max(start, contentEnd)));
}
function collectObjects(file, node, value, documentIndex, out) {
  if (!(0, import_yaml6.isMap)(node) || !isRecord(value)) return;
  const identity2 = identityOf(value);
  if (!identity2) return;
  const items = node.get("items", true);
  if (identity2.kind.endsWith("List") && (0, import_yaml6.isSeq)(items) && Array.isArray(value.items)) {
    items.items.forEach(
      (item, i) => collectObjects(file, item, value.items[i], documentIndex, out)
    );
    return;
  }
  const { apiVersion, kind, name, namespace } = identity2;
  out.push({ file, node, value, apiVersion, kind, name, namespace, documentIndex });
}
function identityOf(value) {
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || kind === "") return void 0;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : scalarText(metadata.name);
  const namespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : void 0;
  return { apiVersion, kind, name, namespace };
}
function isKustomization(value) {
  return value.kind === void 0 || value.kind === "Kustomization" || value.kind === "Component";
}
var UNMODELLED_FIELDS = ["helmCharts", "helmChartInflationGenerator", "generators"];
function readKustomization(value) {
  const strings = (v) => Array.isArray(v) ? v.filter((r) => typeof r === "string") : [];
  const resources = [...strings(value.resources), ...strings(value.bases)];
  const namespace = typeof value.namespace === "string" && value.namespace !== "" ? value.namespace : void 0;
  const kustomization = namespace === void 0 ? { resources } : { namespace, resources };
  const components = strings(value.components);
  if (components.length > 0) kustomization.components = components;
  const patches = patchFiles(value);
  if (patches.length > 0) kustomization.patches = patches;
  const unmodelled = UNMODELLED_FIELDS.filter((f) => Array.isArray(value[f]) && value[f].length > 0);
  if (unmodelled.length > 0) kustomization.unmodelled = unmodelled;
  return kustomization;
}
function patchFiles(value) {
  const files = [];
  const strategicMerge = Array.isArray(value.patchesStrategicMerge) ? value.patchesStrategicMerge : [];
  for (const p of strategicMerge) if (typeof p === "string" && !p.includes("\n")) files.push(p);
  for (const key2 of ["patches", "patchesJson6902"]) {
    const entries = value[key2];
    if (!Array.isArray(entries)) continue;
    for (const p of entries) {
      if (isRecord(p) && typeof p.path === "string") files.push(p.path);
      else if (typeof p === "string" && !p.includes("\n")) files.push(p);
    }
  }
  return files;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function scalarText(value) {
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

// src/kustomize/built.ts
var isContainer = (v) => typeof v === "object" && v !== null;
var Provenance = class {
  /** Built container -> the source container it was copied from, and the source object holding it. */
  copiedFrom = /* @__PURE__ */ new WeakMap();
  /** Entries a transformation wrote: container -> key -> origin. */
  written = /* @__PURE__ */ new WeakMap();
  /** Containers a transformation wrote whole (their entries have no origin of their own). */
  writtenWhole = /* @__PURE__ */ new WeakMap();
  /** A deep copy of `value` (a source object's value, or part of it) that remembers where each container came from. */
  copy(value, object2) {
    if (!isContainer(value)) return value;
    const out = Array.isArray(value) ? value.map((v) => this.copy(v, object2)) : {};
    if (!Array.isArray(value))
      for (const [k, v] of Object.entries(value)) out[k] = this.copy(v, object2);
    this.copiedFrom.set(out, { object: object2, container: value });
    return out;
  }
  /** Records that a transformation wrote `container[key]` from `origin`. */
  wrote(container, key2, origin) {
    let entries = this.written.get(container);
    if (!entries) this.written.set(container, entries = /* @__PURE__ */ new Map());
    entries.set(key2, origin);
  }
  /** Records that a transformation wrote a whole container from one node (e.g. a value of a JSON patch). */
  wroteWhole(container, origin) {
    this.writtenWhole.set(container, origin);
  }
  /** Where `container[key]` came from: written by a transformation, else copied from a source object. */
  entryOrigin(container, key2, child) {
    const written = this.written.get(container)?.get(key2);
    if (written) return written;
    if (isContainer(child)) {
      const self = this.containerOrigin(child);
      if (self) return Array.isArray(container) ? self : { ...self, key: this.keyNode(container, key2) };
    }
    const from = this.copiedFrom.get(container);
    if (!from) return void 0;
    const node = nodeIndex(from.object).get(from.container);
    return node ? entryIn(from.object.file, node, key2) : void 0;
  }
  /** Where a container came from. */
  containerOrigin(container) {
    const whole = this.writtenWhole.get(container);
    if (whole) return whole;
    const from = this.copiedFrom.get(container);
    if (!from) return void 0;
    const node = nodeIndex(from.object).get(from.container);
    return node ? { file: from.object.file, node } : void 0;
  }
  keyNode(container, key2) {
    const from = this.copiedFrom.get(container);
    const node = from ? nodeIndex(from.object).get(from.container) : void 0;
    return node && typeof key2 === "string" ? entryIn(from.object.file, node, key2)?.key : void 0;
  }
};
function locateBuilt(root, provenance, fallback, path4) {
  let current = root;
  const rootOrigin = provenance.containerOrigin(root) ?? fallback;
  let found = {
    file: rootOrigin.file,
    depth: 0,
    deepest: rootOrigin.node,
    value: rootOrigin.node
  };
  let depth2 = 0;
  for (const step2 of path4) {
    if (!isContainer(current)) break;
    const child = Array.isArray(current) ? typeof step2 === "number" ? current[step2] : void 0 : typeof step2 === "string" && Object.hasOwn(current, step2) ? current[step2] : void 0;
    if (child === void 0) break;
    const origin = provenance.entryOrigin(current, step2, child);
    depth2++;
    if (!origin) break;
    found = { file: origin.file, value: origin.node, depth: depth2, deepest: origin.node };
    if (origin.key) found.key = origin.key;
    current = child;
  }
  if (depth2 < path4.length) delete found.value;
  return found;
}
function sourceEntryOrigin(object2, container, key2) {
  const node = nodeIndex(object2).get(container);
  return node ? entryIn(object2.file, node, key2) : void 0;
}
function sourceContainerOrigin(object2, container) {
  const node = nodeIndex(object2).get(container);
  return node ? { file: object2.file, node } : void 0;
}
function entryIn(file, node, key2) {
  if (typeof key2 === "number" && (0, import_yaml7.isSeq)(node)) {
    const item = node.items[key2];
    return item ? { file, node: item } : void 0;
  }
  if (typeof key2 === "string" && (0, import_yaml7.isMap)(node)) {
    const pair = node.items.find((p) => (0, import_yaml7.isScalar)(p.key) && String(p.key.value) === key2);
    if (!pair) return void 0;
    const value = pair.value;
    return { file, node: value ?? pair.key, key: pair.key };
  }
  return void 0;
}
var indexes = /* @__PURE__ */ new WeakMap();
function nodeIndex(object2) {
  let index = indexes.get(object2);
  if (index) return index;
  index = /* @__PURE__ */ new WeakMap();
  const walk = (value, node) => {
    if (!isContainer(value) || !node) return;
    index.set(value, node);
    if (Array.isArray(value) && (0, import_yaml7.isSeq)(node)) value.forEach((v, i) => walk(v, node.items[i]));
    else if (isRecord(value) && (0, import_yaml7.isMap)(node)) {
      for (const pair of node.items)
        if ((0, import_yaml7.isScalar)(pair.key)) walk(value[String(pair.key.value)], pair.value);
    }
  };
  walk(object2.value, object2.node);
  indexes.set(object2, index);
  return index;
}

// src/engine/locate.ts
function locate(object2, path4) {
  if (object2.built) {
    const { source, provenance } = object2.built;
    return locateBuilt(object2.value, provenance, { file: source.file, node: source.node }, path4);
  }
  const file = object2.file;
  let current = object2.node;
  let key2;
  let depth2 = 0;
  for (const step2 of path4) {
    let next;
    if (typeof step2 === "number" && (0, import_yaml8.isSeq)(current)) {
      next = current.items[step2];
    } else if (typeof step2 === "string" && (0, import_yaml8.isMap)(current)) {
      const pair = current.items.find((p) => (0, import_yaml8.isScalar)(p.key) && String(p.key.value) === step2);
      if (pair) {
        key2 = pair.key;
        next = pair.value ?? void 0;
        if (next === void 0) return { file, key: key2, depth: depth2 + 1, deepest: key2 };
      }
    }
    if (!next) return { file, key: key2, depth: depth2, deepest: current };
    current = next;
    depth2++;
  }
  return { file, value: current, key: key2, depth: depth2, deepest: current };
}
function placeOf(object2, path4, anchor = "value") {
  const found = locate(object2, path4);
  return { file: found.file, region: foundRegion(found, path4, anchor) };
}
function foundRegion(found, path4, anchor) {
  const file = found.file;
  const complete = found.depth === path4.length;
  if (complete && anchor === "key" && found.key && typeof path4[path4.length - 1] === "string") {
    return rangeRegion(file, found.key);
  }
  if (complete && anchor === "pair" && found.key && found.value) {
    const start = found.key.range?.[0] ?? 0;
    return file.region(start, found.value.range?.[1] ?? start);
  }
  if (complete && found.value) return rangeRegion(file, found.value);
  if (found.key && found.depth === path4.length) return rangeRegion(file, found.key);
  if (found.key && found.depth > 0) return rangeRegion(file, found.key);
  return firstLine2(file, found.deepest);
}
function rangeRegion(file, node) {
  const range = node.range;
  if (!range) return file.region(0, 0);
  if ((0, import_yaml8.isCollection)(node)) return file.region(range[0], trimEnd(file.text, range[0], range[1]));
  return file.region(range[0], range[1]);
}
function firstLine2(file, node) {
  const start = node.range?.[0] ?? 0;
  const region = file.region(start, start);
  const text4 = file.lineText(region.line);
  return {
    ...region,
    endLine: region.line,
    endColumn: Math.max(region.column + 1, text4.trimEnd().length + 1)
  };
}
function trimEnd(text4, start, end) {
  let e = end;
  while (e > start && /\s/.test(text4[e - 1])) e--;
  return e;
}

// src/engine/fix.ts
var PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
var fixFiles = /* @__PURE__ */ new WeakMap();
function fixFile(fix) {
  return fixFiles.get(fix);
}
var inFile = (fix, file) => {
  fixFiles.set(fix, file.path);
  return fix;
};
function looksNonString(v) {
  return /^(?:true|false|yes|no|on|off|y|n|null|~)$/i.test(v) || /^[-+]?(?:\.inf|\.nan|0x[0-9a-f_]+|0o?[0-7_]+|0b[01_]+)$/i.test(v) || /^[-+.0-9]/.test(v) && !Number.isNaN(Number(v.replace(/_/g, "")));
}
function renderScalar(value, style) {
  if (style === import_yaml9.Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (style === import_yaml9.Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || looksNonString(value)) {
    return JSON.stringify(value);
  }
  return value;
}
function replaceScalarText(object2, path4, render2) {
  const { value: node, file } = locate(object2, path4);
  if (!(0, import_yaml9.isScalar)(node) || !node.range) return void 0;
  const [start, end] = node.range;
  const from = file.position(start);
  const to = file.position(end);
  if (from.line !== to.line) return void 0;
  const line = file.lineText(from.line);
  const replacement = line.slice(0, from.column - 1) + render2(node) + line.slice(to.column - 1);
  return inFile({ line: from.line, endLine: from.line, replacement }, file);
}
function replaceScalarFix(object2, path4, newValue) {
  return replaceScalarText(
    object2,
    path4,
    (node) => typeof node.value === "number" && /^\d+$/.test(newValue) ? newValue : renderScalar(newValue, node.type)
  );
}
function rawScalarFix(object2, path4, text4) {
  return replaceScalarText(object2, path4, () => text4);
}
function prependEntryFix(object2, mapPath, key2, value) {
  const { value: map2, file } = locate(object2, mapPath);
  if (!(0, import_yaml9.isMap)(map2) || map2.flow || !map2.range) return void 0;
  const firstKey = map2.items[0]?.key;
  if (!(0, import_yaml9.isScalar)(firstKey) || !firstKey.range) return void 0;
  const at3 = file.position(firstKey.range[0]);
  const line = file.lineText(at3.line);
  const before = line.slice(0, at3.column - 1);
  const indent = " ".repeat(before.length);
  const entry = `${key2}: ${renderScalar(value, void 0)}`;
  return inFile(
    {
      line: at3.line,
      endLine: at3.line,
      replacement: `${before}${entry}
${indent}${line.slice(at3.column - 1)}`
    },
    file
  );
}
function renameKeyFix(object2, path4, newKey) {
  const found = locate(object2, path4);
  const { key: key2, file } = found;
  if (typeof path4[path4.length - 1] !== "string" || found.depth !== path4.length) return void 0;
  if (!(0, import_yaml9.isScalar)(key2) || !key2.range) return void 0;
  const [start, end] = key2.range;
  const from = file.position(start);
  const to = file.position(end);
  if (from.line !== to.line) return void 0;
  const line = file.lineText(from.line);
  const replacement = line.slice(0, from.column - 1) + renderScalar(newKey, key2.type) + line.slice(to.column - 1);
  return inFile({ line: from.line, endLine: from.line, replacement }, file);
}

// src/engine/placeholder.ts
var EMBEDDED = [
  ["template", /\{\{[\s\S]*\}\}|\{%[\s\S]*%\}/],
  ["variable", /\$\{[^}]*\}|\$\([A-Za-z_][A-Za-z0-9_.-]*\)|\$[A-Za-z_][A-Za-z0-9_]*/],
  ["angle-brackets", /<[^<>\s][^<>]*>/],
  [
    "delimited-token",
    /__[A-Za-z][A-Za-z0-9_.-]*__|@[A-Za-z_][A-Za-z0-9_.-]*@|#\{[^}]+\}|%[A-Za-z_][A-Za-z0-9_]*%|\[\[[^\]]+\]\]/
  ]
];
var MASK = "(?:[xX]{1,3}|\\*)";
var OCTET_OR_MASK = `(?:\\d{1,3}|${MASK})`;
var MASKED_IPV4 = new RegExp(`^${OCTET_OR_MASK}(?:\\.${OCTET_OR_MASK}){3}(?:/\\S*)?$`);
var MASKED_IPV6 = /^(?=(?:[^:]*:){2})(?=[^xX]*[xX])[0-9a-fA-FxX:]+(?:\/\S*)?$/;
var SENTINELS = [
  // replace-me, REPLACE_ME, CHANGEME, change_this, fill-me-in, set-me
  /^(?:replace|change|fill|set|edit|update)[-_ ]?(?:me|this|it)(?:[-_ ].*)?$/i,
  /^(?:todo|tbd|tba|fixme|placeholder|xxx+)$/i,
  // `_` (set by a kustomize transformer, e.g. a Namespace's name), `...`, `???`: no value at all
  /^(?:_+|\.{3}|\u2026|\?{1,3})$/,
  // your-ip, YOUR_IP, yourHost, Your IP; insert-ip, ENTER_NODE_IP
  /^(?:[Yy]our|YOUR)(?:[-_ .]|[A-Z])/,
  /^(?:[Ii]nsert|INSERT|[Ee]nter|ENTER)[-_ ]/,
  // ip-here, NODE_IP_HERE
  /.[-_ ]here$/i
];
var ALL_CAPS = /^(?:[A-Z]{2,}|[A-Z]+(?:_[A-Z0-9]+)+)$/;
var REAL_UPPER_CASE_WORDS = /* @__PURE__ */ new Set([
  "TCP",
  "UDP",
  "SCTP",
  "ICMP",
  "HTTP",
  "HTTPS",
  "HTTP2",
  "HTTP3",
  "H2",
  "H2C",
  "H3",
  "GRPC",
  "GRPCS",
  "GRPC-WEB",
  "TLS",
  "MTLS",
  "QUIC",
  "WS",
  "WSS",
  "DNS",
  "SSH",
  "FTP",
  "FTPS",
  "SFTP",
  "SMTP",
  "SMTPS",
  "IMAP",
  "IMAPS",
  "POP3",
  "POP3S",
  "LDAP",
  "LDAPS",
  "MQTT",
  "MQTTS",
  "AMQP",
  "AMQPS",
  "NFS",
  "NTP",
  "SNMP",
  "SYSLOG",
  "RTSP",
  "RTMP",
  "SIP",
  "SIPS",
  "RDP",
  "VNC",
  "SMB",
  "MONGO",
  "MYSQL",
  "REDIS",
  "IPV4",
  "IPV6",
  "FQDN",
  "NONE"
]);
function placeholderForm(value, options = {}) {
  if (typeof value !== "string") return void 0;
  const text4 = value.trim();
  if (text4 === "") return void 0;
  for (const [form, pattern] of EMBEDDED) if (pattern.test(text4)) return form;
  if (isMaskedIp(text4)) return "masked-ip";
  if (SENTINELS.some((pattern) => pattern.test(text4))) return "sentinel";
  if ((options.allCaps ?? true) && ALL_CAPS.test(text4) && !REAL_UPPER_CASE_WORDS.has(text4)) return "all-caps";
  return void 0;
}
function isPlaceholder(value, options = {}) {
  return placeholderForm(value, options) !== void 0;
}
function isMaskedIp(text4) {
  if (MASKED_IPV4.test(text4)) {
    const octets = text4.split("/")[0].split(".");
    return octets.some((o) => !/^\d+$/.test(o));
  }
  return MASKED_IPV6.test(text4);
}

// src/engine/model.ts
var SERVICE_NAME_LABEL = "kubernetes.io/service-name";
var MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";
var str = (v) => typeof v === "string" ? v : void 0;
var list = (v) => Array.isArray(v) ? v : [];
var record = (v) => isRecord(v) ? v : {};
function stringMap(v) {
  const out = {};
  for (const [k, val] of Object.entries(record(v))) {
    if (val === null || val === void 0) continue;
    out[k] = typeof val === "string" ? val : String(val);
  }
  return out;
}
var labelsOf = (r) => stringMap(record(r.object.value.metadata).labels);
var annotationsOf = (r) => stringMap(record(r.object.value.metadata).annotations);
function protocolOf(v) {
  return v === void 0 || v === null ? { protocol: "TCP", protocolExplicit: false } : { protocol: String(v), protocolExplicit: true };
}
function portName(v) {
  return v === void 0 || v === null ? "" : String(v);
}
function serviceView(resource) {
  const spec = record(resource.object.value.spec);
  const selectorWritten = isRecord(spec.selector);
  const selector = stringMap(spec.selector);
  const hasSelector = Object.keys(selector).length > 0;
  const clusterIPs = [];
  const clusterIP = str(spec.clusterIP);
  if (clusterIP && clusterIP !== "None") clusterIPs.push({ ip: clusterIP, path: ["spec", "clusterIP"] });
  list(spec.clusterIPs).forEach((ip, i) => {
    if (typeof ip === "string" && ip !== "None" && ip !== clusterIP)
      clusterIPs.push({ ip, path: ["spec", "clusterIPs", i] });
  });
  return {
    resource,
    type: str(spec.type) ?? "ClusterIP",
    selector: hasSelector ? selector : null,
    emptySelector: selectorWritten && !hasSelector,
    headless: clusterIP === "None",
    clusterIPs,
    ports: list(spec.ports).flatMap((p, i) => {
      if (!isRecord(p)) return [];
      return [
        {
          path: ["spec", "ports", i],
          name: portName(p.name),
          ...protocolOf(p.protocol),
          port: p.port,
          targetPort: p.targetPort === null ? void 0 : p.targetPort
        }
      ];
    })
  };
}
function endpointPorts(ports, base) {
  return list(ports).flatMap(
    (p, i) => isRecord(p) ? [{ path: [...base, i], name: portName(p.name), ...protocolOf(p.protocol), port: p.port }] : []
  );
}
function endpointsAddresses(addresses, base) {
  return list(addresses).flatMap(
    (a, i) => isRecord(a) ? [
      {
        path: [...base, i],
        ip: a.ip,
        ipPath: [...base, i, "ip"],
        hostname: a.hostname,
        nodeName: a.nodeName
      }
    ] : []
  );
}
function endpointsView(resource) {
  return {
    resource,
    labels: labelsOf(resource),
    annotations: annotationsOf(resource),
    subsets: list(resource.object.value.subsets).flatMap((s, i) => {
      if (!isRecord(s)) return [];
      const path4 = ["subsets", i];
      return [
        {
          path: path4,
          portsPath: [...path4, "ports"],
          ports: endpointPorts(s.ports, [...path4, "ports"]),
          addresses: endpointsAddresses(s.addresses, [...path4, "addresses"]),
          notReadyAddresses: endpointsAddresses(s.notReadyAddresses, [...path4, "notReadyAddresses"])
        }
      ];
    })
  };
}
function endpointSliceView(resource) {
  const value = resource.object.value;
  const labels = labelsOf(resource);
  const endpoints = list(value.endpoints).flatMap((e, i) => {
    if (!isRecord(e)) return [];
    const base = ["endpoints", i, "addresses"];
    return [
      {
        path: ["endpoints", i],
        addresses: list(e.addresses).map((ip, j) => ({ path: [...base, j], ip, ipPath: [...base, j] })),
        hostname: e.hostname,
        nodeName: e.nodeName,
        conditions: isRecord(e.conditions) ? {
          ready: e.conditions.ready,
          serving: e.conditions.serving,
          terminating: e.conditions.terminating
        } : {}
      }
    ];
  });
  return {
    resource,
    serviceName: labels[SERVICE_NAME_LABEL],
    addressType: value.addressType,
    managedBy: labels[MANAGED_BY_LABEL],
    labels,
    endpoints,
    group: {
      path: [],
      portsPath: ["ports"],
      ports: endpointPorts(value.ports, ["ports"]),
      addresses: endpoints.flatMap((e) => e.addresses)
    }
  };
}

// src/engine/resource-index.ts
var key = (namespace, name) => `${namespace}/${name}`;
function push(map2, k, v) {
  const list6 = map2.get(k);
  if (list6) list6.push(v);
  else map2.set(k, [v]);
}
var ResourceIndex = class {
  constructor(files, resources, defaultNamespace, hidden = [], patchUses = []) {
    this.files = files;
    this.resources = resources;
    this.defaultNamespace = defaultNamespace;
    this.hidden = hidden;
    this.patchUses = patchUses;
    for (const resource of resources) {
      const { kind, namespace, name } = resource.ref;
      const apiVersion = resource.object.apiVersion;
      if (kind === "Service" && apiVersion === "v1") {
        const view = serviceView(resource);
        this.services.push(view);
        push(this.servicesByKey, key(namespace, name), view);
        push(this.servicesByName, name, view);
        push(this.servicesByNamespace, namespace, view);
      } else if (kind === "Endpoints" && apiVersion === "v1") {
        const view = endpointsView(resource);
        this.endpoints.push(view);
        push(this.endpointsByKey, key(namespace, name), view);
      } else if (kind === "EndpointSlice" && apiVersion.startsWith("discovery.k8s.io/")) {
        const view = endpointSliceView(resource);
        this.slices.push(view);
        if (view.serviceName !== void 0)
          push(this.slicesByService, key(namespace, view.serviceName), view);
      }
    }
  }
  files;
  resources;
  defaultNamespace;
  hidden;
  patchUses;
  services = [];
  endpoints = [];
  slices = [];
  servicesByKey = /* @__PURE__ */ new Map();
  servicesByName = /* @__PURE__ */ new Map();
  servicesByNamespace = /* @__PURE__ */ new Map();
  endpointsByKey = /* @__PURE__ */ new Map();
  slicesByService = /* @__PURE__ */ new Map();
  pairedBackends;
  /** A Service of that namespace and name anywhere in the scan (existence, not pairing). */
  service(namespace, name) {
    return this.servicesByKey.get(key(namespace, name))?.[0];
  }
  /**
   * The Service of that namespace and name that `from` pairs with: deployed with it, else the nearest on its
   * line of directories, else the only one the scan holds (a name and namespace that match exactly and
   * nowhere else are one pair, even split across folders such as `services/` and `endpoints/`).
   */
  pairedService(from, namespace, name) {
    const candidates = this.servicesByKey.get(key(namespace, name)) ?? [];
    return this.nearest(from, candidates)[0] ?? (candidates.length === 1 ? candidates[0] : void 0);
  }
  /** Services of a namespace `from` may have meant, for suggestions: those near it, else all of the namespace. */
  servicesFor(from, namespace) {
    const all = this.servicesIn(namespace).filter((s) => !isPlaceholder(s.resource.ref.name));
    const near = this.near(from, all);
    return near.length > 0 ? near : all;
  }
  /** Services of that name in any namespace. */
  servicesNamed(name) {
    return this.servicesByName.get(name) ?? [];
  }
  /** Services of a namespace, in definition order. */
  servicesIn(namespace) {
    return this.servicesByNamespace.get(namespace) ?? [];
  }
  /**
   * The candidates `from` may pair with, nearest first: those deployed with it (a unit in common; the same
   * file first), then those whose directory is on one line with its own (same directory, an ancestor or a
   * descendant), deepest common directory first. Candidates in sibling folders are left out.
   */
  near(from, candidates) {
    const scored = [];
    for (const c of candidates) {
      const score = nearness(from, c.resource);
      if (score !== void 0) scored.push({ c, score });
    }
    return scored.sort((a, b) => b.score - a.score).map((x) => x.c);
  }
  /**
   * The counterparts `from` pairs with: those deployed with it when there are any (the same file first), else
   * those of the nearest directory on its line (see `near`).
   */
  nearest(from, candidates) {
    const sorted = this.near(from, candidates);
    if (sorted.length <= 1) return sorted;
    const best = nearness(from, sorted[0].resource);
    const together = best >= TOGETHER;
    return sorted.filter((c) => {
      const score = nearness(from, c.resource);
      return together ? score >= TOGETHER : score === best;
    });
  }
  /**
   * A Service deployed with `from` that its kustomize build renamed from `name` (namePrefix, nameSuffix):
   * what `from` names by the old name is stale in that build, since kustomize rewrites only some references
   * (src/kustomize/name-references.ts).
   */
  renamedFrom(from, namespace, name) {
    return this.servicesIn(namespace).find(
      (s) => s.resource.object.built?.source.name === name && s.resource.ref.name !== name && s.resource.units.some((u) => from.units.includes(u))
    );
  }
  /** The candidates deployed with `from`: a deployment unit in common (see src/engine/units.ts). */
  together(from, candidates) {
    return candidates.filter((c) => c.resource.units.some((u) => from.units.includes(u)));
  }
  /** Endpoints objects that pair with the Service (see `near`). */
  endpointsFor(service) {
    return this.backends().get(service)?.endpoints ?? [];
  }
  /** Slices whose service-name label names the Service and that pair with it (see `near`). */
  slicesFor(service) {
    return this.backends().get(service)?.slices ?? [];
  }
  /** Whether any Endpoints or slice anywhere in the scan carries the Service's name and namespace. */
  hasBackendObjects(service) {
    const k = key(service.resource.ref.namespace, service.resource.ref.name);
    return (this.endpointsByKey.get(k)?.length ?? 0) > 0 || (this.slicesByService.get(k)?.length ?? 0) > 0;
  }
  /** The Service an Endpoints pairs with. */
  serviceOfEndpoints(endpoints) {
    const { namespace, name } = endpoints.resource.ref;
    return this.pairedService(endpoints.resource, namespace, name);
  }
  /** The Service a slice pairs with. */
  serviceOfSlice(slice) {
    return slice.serviceName === void 0 ? void 0 : this.pairedService(slice.resource, slice.resource.ref.namespace, slice.serviceName);
  }
  /**
   * Sources that may hold objects of that namespace the scan cannot show, deployed with `from`: a Helm release
   * or remote base of the namespace, or an unrendered template in its directory or one above it (its chart).
   */
  hiddenIn(namespace, from) {
    const dir = dirOf(from.object.file.path);
    return this.hidden.filter((h) => {
      if (h.namespace !== void 0 && h.namespace !== namespace) return false;
      if (h.unit !== void 0 && !from.units.includes(h.unit)) return false;
      if (h.root === void 0) return true;
      const root = h.root === "." ? "" : h.root;
      return root === "" || dir === root || dir.startsWith(`${root}/`);
    });
  }
  backends() {
    if (this.pairedBackends) return this.pairedBackends;
    const paired = /* @__PURE__ */ new Map();
    const entry = (s) => {
      let e = paired.get(s);
      if (!e) paired.set(s, e = { endpoints: [], slices: [] });
      return e;
    };
    for (const e of this.endpoints) {
      const service = this.serviceOfEndpoints(e);
      if (service) entry(service).endpoints.push(e);
    }
    for (const s of this.slices) {
      const service = this.serviceOfSlice(s);
      if (service) entry(service).slices.push(s);
    }
    return this.pairedBackends = paired;
  }
};
var dirOf = (path4) => {
  const i = path4.lastIndexOf("/");
  return i === -1 ? "" : path4.slice(0, i);
};
var TOGETHER = 2e6;
var SAME_FILE = 1e6;
var depth = (dir) => dir === "" ? 0 : dir.split("/").length;
function nearness(a, b) {
  const fileA = a.object.file.path;
  const fileB = b.object.file.path;
  const dirA = dirOf(fileA);
  const dirB = dirOf(fileB);
  const together = a.units.some((u) => b.units.includes(u));
  const line = onOneLine(dirA, dirB);
  if (!together && !line) return void 0;
  const shared = line ? Math.min(depth(dirA), depth(dirB)) : sharedDirectories(dirA, dirB);
  return (together ? TOGETHER : 0) + (fileA === fileB ? SAME_FILE : 0) + shared;
}
function onOneLine(a, b) {
  return a === b || a === "" || b === "" || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}
function sharedDirectories(a, b) {
  const da = a === "" ? [] : a.split("/");
  const db = b === "" ? [] : b.split("/");
  let n = 0;
  while (n < da.length && n < db.length && da[n] === db[n]) n++;
  return n;
}

// src/kustomize/build.ts
var import_yaml12 = __toESM(require_dist(), 1);

// src/engine/units.ts
import { posix } from "node:path";
var REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\/|^git@/i;
var CHART_FILE = /(^|\/)Chart\.ya?ml$/;
var dirOf2 = (path4) => posix.dirname(path4);
var joinPath = (dir, entry) => {
  const joined = posix.normalize(posix.join(dir, entry));
  return joined.endsWith("/") && joined.length > 1 ? joined.slice(0, -1) : joined;
};
function isWithinDir(dir, ancestor) {
  return ancestor === "." || dir === ancestor || dir.startsWith(`${ancestor}/`);
}
function deploymentUnits(files) {
  const kustomizations = /* @__PURE__ */ new Map();
  const filePaths = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.objects.length > 0) filePaths.add(f.file.path);
    if (f.kustomization) kustomizations.set(dirOf2(f.file.path), { file: f, k: f.kustomization });
  }
  const patchFiles2 = kustomizePatchFiles(kustomizations);
  const hidden = [];
  const gitops = gitOpsEntries(files, hidden);
  const referenced = /* @__PURE__ */ new Set();
  for (const [dir, { k }] of kustomizations)
    for (const entry of [...k.resources, ...k.components ?? []]) {
      if (REMOTE.test(entry)) continue;
      const target = joinPath(dir, entry);
      if (target !== dir && kustomizations.has(target)) referenced.add(target);
    }
  for (const entry of gitops) if (kustomizations.has(entry.path)) referenced.add(entry.path);
  const placements = /* @__PURE__ */ new Map();
  const reached = /* @__PURE__ */ new Set();
  const place3 = (file, placement) => {
    const list6 = placements.get(file);
    if (!list6) placements.set(file, [placement]);
    else if (!list6.some((p) => p.unit === placement.unit)) list6.push(placement);
  };
  const build = (unit, dir, outer, visiting) => {
    const entry = kustomizations.get(dir);
    if (!entry || visiting.has(dir)) return;
    visiting.add(dir);
    reached.add(dir);
    const { k, file } = entry;
    const scope = outer.namespaceOverride === void 0 && k.namespace !== void 0 ? {
      ...outer,
      namespaceOverride: k.namespace,
      namespaceOrigin: file.file.path,
      namespaceBy: "kustomization"
    } : { ...outer };
    const self = { dir, kustomization: k };
    const inBuild = (label2) => scope.namespaceOverride === void 0 ? { unit, label: label2 } : { namespace: scope.namespaceOverride, unit, label: label2 };
    if (k.unmodelled)
      hidden.push(inBuild(`${k.unmodelled.map((f) => `\`${f}\``).join(", ")} of ${file.file.path}`));
    const remote = (item) => {
      if (!REMOTE.test(item)) return false;
      hidden.push(inBuild(`remote resource ${item} of ${file.file.path}`));
      return true;
    };
    const components = (k.components ?? []).filter((item) => !remote(item)).map((item) => joinPath(dir, item)).filter((target) => kustomizations.has(target)).map((target) => ({ dir: target, kustomization: kustomizations.get(target).k }));
    const after = (i) => [...components.slice(i), self, ...outer.chain ?? []];
    for (const item of k.resources) {
      if (remote(item)) continue;
      const target = joinPath(dir, item);
      if (kustomizations.has(target)) build(unit, target, { ...scope, chain: after(0) }, visiting);
      else if (filePaths.has(target) && !patchFiles2.has(target))
        place3(target, { unit, ...scope, chain: after(0) });
    }
    components.forEach(
      (component, i) => build(unit, component.dir, { ...scope, chain: after(i + 1) }, visiting)
    );
    visiting.delete(dir);
  };
  const isComponent = (dir) => kustomizations.get(dir)?.k.document?.kind === "Component";
  const roots = [...kustomizations.keys()].sort().filter((dir) => !isComponent(dir));
  for (const dir of roots) if (!referenced.has(dir)) build(unitOf("kustomize", dir), dir, {}, /* @__PURE__ */ new Set());
  for (const entry of gitops) {
    const unit = {
      id: `gitops:${entry.object.namespace ?? ""}/${entry.object.name}`,
      kind: "gitops",
      root: entry.path,
      label: `${entry.label} (path ${entry.path})`
    };
    const scope = {};
    if (entry.namespaceOverride !== void 0) scope.namespaceOverride = entry.namespaceOverride;
    if (entry.namespaceDefault !== void 0) scope.namespaceDefault = entry.namespaceDefault;
    if (entry.namespaceOverride !== void 0 || entry.namespaceDefault !== void 0) {
      scope.namespaceOrigin = entry.label;
      scope.namespaceBy = "gitops";
    }
    if (kustomizations.has(entry.path)) {
      build(unit, entry.path, scope, /* @__PURE__ */ new Set());
      continue;
    }
    for (const file of filePaths) {
      const dir = dirOf2(file);
      if (!isWithinDir(dir, entry.path) || !entry.recursive && dir !== entry.path) continue;
      if (placements.has(file) || patchFiles2.has(file) || underKustomization(dir, entry.path, kustomizations))
        continue;
      place3(file, { unit, ...scope });
    }
  }
  for (const dir of roots) if (!reached.has(dir)) build(unitOf("kustomize", dir), dir, {}, /* @__PURE__ */ new Set());
  const chartUnits = new Map(
    files.map((f) => f.file.path).filter((p) => CHART_FILE.test(p)).map((p) => [dirOf2(p), unitOf("chart", dirOf2(p))])
  );
  const chartOf = (dir) => {
    for (let d = dir; ; d = dirOf2(d)) {
      if (chartUnits.has(d)) return d;
      if (d === "." || d === "/" || d === dirOf2(d)) return void 0;
    }
  };
  const unrendered = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f.template === void 0) continue;
    const chart = chartOf(dirOf2(f.file.path));
    const root = chart ?? dirOf2(f.file.path);
    if (!unrendered.has(root))
      unrendered.set(
        root,
        chart !== void 0 ? `the unrendered Helm chart ${chart}` : `the template ${f.file.path}`
      );
  }
  for (const [root, label2] of [...unrendered].sort()) hidden.push({ root, label: label2 });
  const directoryUnits = /* @__PURE__ */ new Map();
  for (const file of filePaths) {
    if (placements.has(file) || patchFiles2.has(file)) continue;
    const dir = dirOf2(file);
    const chart = chartOf(dir);
    let unit = chart === void 0 ? directoryUnits.get(dir) : chartUnits.get(chart);
    if (!unit) directoryUnits.set(dir, unit = unitOf("directory", dir));
    place3(file, { unit });
  }
  return { placements, patchFiles: patchFiles2, hidden: dedupe(hidden) };
}
function unitOf(kind, root) {
  const label2 = kind === "kustomize" ? `kustomize build ${root}` : kind === "chart" ? `Helm chart ${root}` : root === "." ? "the top directory" : `directory ${root}`;
  return { id: `${kind}:${root}`, kind, root, label: label2 };
}
function underKustomization(dir, top, kustomizations) {
  for (let d = dir; isWithinDir(d, top) && d !== top; d = dirOf2(d)) if (kustomizations.has(d)) return true;
  return false;
}
function kustomizePatchFiles(kustomizations) {
  const patches = /* @__PURE__ */ new Set();
  const listed = /* @__PURE__ */ new Set();
  for (const [dir, { k }] of kustomizations) {
    for (const p of k.patches ?? []) patches.add(joinPath(dir, p));
    for (const r of k.resources) listed.add(joinPath(dir, r));
  }
  for (const r of listed) patches.delete(r);
  return patches;
}
var str2 = (v) => typeof v === "string" && v !== "" ? v : void 0;
var group = (apiVersion) => apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
function gitOpsEntries(files, hidden) {
  const dirs = /* @__PURE__ */ new Set();
  const charts = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (CHART_FILE.test(f.file.path)) charts.add(dirOf2(f.file.path));
    for (let d = dirOf2(f.file.path); !dirs.has(d); d = dirOf2(d)) dirs.add(d);
  }
  const entries = [];
  const gitRepositories = /* @__PURE__ */ new Set();
  for (const f of files)
    for (const o of f.objects)
      if (o.kind === "GitRepository" && group(o.apiVersion) === "source.toolkit.fluxcd.io")
        gitRepositories.add(o.name);
  const local = (path4) => {
    if (path4 === void 0 || REMOTE.test(path4)) return void 0;
    const dir = joinPath(".", path4.replace(/^\/+/, ""));
    return dirs.has(dir) ? dir : void 0;
  };
  for (const f of files) {
    for (const object2 of f.objects) {
      const g = group(object2.apiVersion);
      const label2 = `${object2.kind} ${object2.namespace ?? ""}${object2.namespace ? "/" : ""}${object2.name}`;
      if (object2.kind === "Kustomization" && g === "kustomize.toolkit.fluxcd.io") {
        const spec = record2(object2.value.spec);
        const targetNamespace = str2(spec.targetNamespace);
        const source = record2(spec.sourceRef);
        const sourceKind = str2(source.kind) ?? "GitRepository";
        const sourceName = str2(source.name);
        const ours = sourceKind === "GitRepository" && (sourceName === void 0 || sourceName === "flux-system" || !gitRepositories.has(sourceName));
        const path4 = ours ? local(str2(spec.path) ?? ".") : void 0;
        if (path4 === void 0) {
          hidden.push({ namespace: targetNamespace, label: `Flux ${label2}` });
          continue;
        }
        entries.push({
          object: object2,
          path: path4,
          recursive: true,
          ...targetNamespace !== void 0 ? { namespaceOverride: targetNamespace } : {},
          label: `Flux ${label2}`
        });
      } else if (object2.kind === "HelmRelease" && g === "helm.toolkit.fluxcd.io") {
        const spec = record2(object2.value.spec);
        hidden.push({ namespace: str2(spec.targetNamespace) ?? object2.namespace, label: `Flux ${label2}` });
      } else if (object2.kind === "Application" && g === "argoproj.io") {
        const spec = record2(object2.value.spec);
        const namespace = str2(record2(spec.destination).namespace);
        const sources = [spec.source, ...Array.isArray(spec.sources) ? spec.sources : []].filter(isRecord);
        for (const source of sources) {
          let path4 = source.chart === void 0 ? local(str2(source.path)) : void 0;
          if (path4 !== void 0 && charts.has(path4)) path4 = void 0;
          if (path4 === void 0 || isRecord(source.helm) || isRecord(source.plugin)) {
            if (source.ref !== void 0 && source.path === void 0) continue;
            hidden.push({ namespace, label: `Argo CD ${label2}` });
            continue;
          }
          entries.push({
            object: object2,
            path: path4,
            recursive: record2(source.directory).recurse === true,
            ...namespace !== void 0 ? { namespaceDefault: namespace } : {},
            label: `Argo CD ${label2}`
          });
        }
      } else if (object2.kind === "ApplicationSet" && g === "argoproj.io") {
        const template = record2(record2(object2.value.spec).template);
        const spec = record2(template.spec);
        const namespace = str2(record2(spec.destination).namespace);
        const sources = [spec.source, ...Array.isArray(spec.sources) ? spec.sources : []].filter(isRecord);
        if (namespace !== void 0 && !namespace.includes("{{") && sources.some((s) => s.chart !== void 0 || isRecord(s.helm)))
          hidden.push({ namespace, label: `Argo CD ${label2}` });
      }
    }
  }
  return entries;
}
function dedupe(sources) {
  const seen = /* @__PURE__ */ new Map();
  for (const s of sources) seen.set([s.namespace, s.root, s.unit?.id, s.label].join("\n"), s);
  return [...seen.values()];
}
var record2 = (v) => isRecord(v) ? v : {};

// src/kustomize/json-patch.ts
var import_rfc6902 = __toESM(require_rfc6902(), 1);
var import_patch = __toESM(require_patch(), 1);

// src/kustomize/strategic-merge.ts
var import_yaml10 = __toESM(require_dist(), 1);
var PatchError = class extends Error {
  name = "PatchError";
};
function applyStrategicMerge(target, patch, provenance, from, options = {}) {
  const writer = new PatchWriter(provenance, from);
  const kept = identity(target, provenance, options);
  const merger = new Merger(writer, provenance, options.metadataAsStrings === true);
  const result = merger.walk(target, patch, void 0, false, []);
  if (result === CLEAR || !isRecord(result)) {
    for (const key2 of Object.keys(target)) delete target[key2];
    return;
  }
  if (result === target) for (const entry of kept) entry.restore(target);
}
var DEFINITIONS = {
  Object: { metadata: "meta.v1.ObjectMeta" },
  "admissionregistration.v1.MutatingWebhookConfiguration": {
    metadata: "meta.v1.ObjectMeta",
    webhooks: { keys: ["name"] }
  },
  "admissionregistration.v1.ValidatingWebhookConfiguration": {
    metadata: "meta.v1.ObjectMeta",
    webhooks: { keys: ["name"] }
  },
  "admissionregistration.v1beta1.MutatingWebhookConfiguration": {
    metadata: "meta.v1.ObjectMeta",
    webhooks: { keys: ["name"] }
  },
  "admissionregistration.v1beta1.ValidatingWebhookConfiguration": {
    metadata: "meta.v1.ObjectMeta",
    webhooks: { keys: ["name"] }
  },
  "apiregistration.v1.APIService": {
    metadata: "meta.v1.ObjectMeta",
    status: "apiregistration.v1.APIServiceStatus"
  },
  "apiregistration.v1.APIServiceStatus": { conditions: { keys: ["type"] } },
  "apiregistration.v1beta1.APIService": {
    metadata: "meta.v1.ObjectMeta",
    status: "apiregistration.v1beta1.APIServiceStatus"
  },
  "apiregistration.v1beta1.APIServiceStatus": { conditions: { keys: ["type"] } },
  "apps.v1.DaemonSet": {
    metadata: "meta.v1.ObjectMeta",
    spec: "apps.v1.DaemonSetSpec",
    status: "apps.v1.DaemonSetStatus"
  },
  "apps.v1.DaemonSetSpec": { template: "core.v1.PodTemplateSpec" },
  "apps.v1.DaemonSetStatus": { conditions: { keys: ["type"] } },
  "apps.v1.Deployment": {
    metadata: "meta.v1.ObjectMeta",
    spec: "apps.v1.DeploymentSpec",
    status: "apps.v1.DeploymentStatus"
  },
  "apps.v1.DeploymentSpec": { template: "core.v1.PodTemplateSpec" },
  "apps.v1.DeploymentStatus": { conditions: { keys: ["type"] } },
  "apps.v1.ReplicaSet": {
    metadata: "meta.v1.ObjectMeta",
    spec: "apps.v1.ReplicaSetSpec",
    status: "apps.v1.ReplicaSetStatus"
  },
  "apps.v1.ReplicaSetSpec": { template: "core.v1.PodTemplateSpec" },
  "apps.v1.ReplicaSetStatus": { conditions: { keys: ["type"] } },
  "apps.v1.StatefulSet": {
    metadata: "meta.v1.ObjectMeta",
    spec: "apps.v1.StatefulSetSpec",
    status: "apps.v1.StatefulSetStatus"
  },
  "apps.v1.StatefulSetSpec": { template: "core.v1.PodTemplateSpec" },
  "apps.v1.StatefulSetStatus": { conditions: { keys: ["type"] } },
  "batch.v1.CronJob": { metadata: "meta.v1.ObjectMeta", spec: "batch.v1.CronJobSpec" },
  "batch.v1.CronJobSpec": { jobTemplate: "batch.v1.JobTemplateSpec" },
  "batch.v1.Job": { metadata: "meta.v1.ObjectMeta", spec: "batch.v1.JobSpec", status: "batch.v1.JobStatus" },
  "batch.v1.JobSpec": { template: "core.v1.PodTemplateSpec" },
  "batch.v1.JobStatus": { conditions: { keys: ["type"] } },
  "batch.v1.JobTemplateSpec": { metadata: "meta.v1.ObjectMeta", spec: "batch.v1.JobSpec" },
  "batch.v1beta1.CronJob": { metadata: "meta.v1.ObjectMeta", spec: "batch.v1beta1.CronJobSpec" },
  "batch.v1beta1.CronJobSpec": { jobTemplate: "batch.v1beta1.JobTemplateSpec" },
  "batch.v1beta1.JobTemplateSpec": { metadata: "meta.v1.ObjectMeta", spec: "batch.v1.JobSpec" },
  "core.v1.ComponentStatus": { conditions: { keys: ["type"] }, metadata: "meta.v1.ObjectMeta" },
  "core.v1.Container": {
    env: { keys: ["name"] },
    ports: { keys: ["containerPort", "protocol"] },
    volumeDevices: { keys: ["devicePath"] },
    volumeMounts: { keys: ["mountPath"] }
  },
  "core.v1.EphemeralContainer": {
    env: { keys: ["name"] },
    volumeDevices: { keys: ["devicePath"] },
    volumeMounts: { keys: ["mountPath"] }
  },
  "core.v1.EphemeralVolumeSource": { volumeClaimTemplate: "Object" },
  "core.v1.Namespace": { metadata: "meta.v1.ObjectMeta", status: "core.v1.NamespaceStatus" },
  "core.v1.NamespaceStatus": { conditions: { keys: ["type"] } },
  "core.v1.Node": { metadata: "meta.v1.ObjectMeta", spec: "core.v1.NodeSpec", status: "core.v1.NodeStatus" },
  "core.v1.NodeSpec": { podCIDRs: { keys: [] } },
  "core.v1.NodeStatus": { addresses: { keys: ["type"] }, conditions: { keys: ["type"] } },
  "core.v1.PersistentVolumeClaim": {
    metadata: "meta.v1.ObjectMeta",
    status: "core.v1.PersistentVolumeClaimStatus"
  },
  "core.v1.PersistentVolumeClaimStatus": { conditions: { keys: ["type"] } },
  "core.v1.Pod": { metadata: "meta.v1.ObjectMeta", spec: "core.v1.PodSpec", status: "core.v1.PodStatus" },
  "core.v1.PodSpec": {
    containers: { keys: ["name"], items: "core.v1.Container" },
    ephemeralContainers: { keys: ["name"], items: "core.v1.EphemeralContainer" },
    hostAliases: { keys: ["ip"] },
    imagePullSecrets: { keys: ["name"] },
    initContainers: { keys: ["name"], items: "core.v1.Container" },
    topologySpreadConstraints: { keys: ["topologyKey", "whenUnsatisfiable"] },
    volumes: { keys: ["name"], items: "core.v1.Volume" }
  },
  "core.v1.PodStatus": { conditions: { keys: ["type"] }, podIPs: { keys: ["ip"] } },
  "core.v1.PodTemplate": { metadata: "meta.v1.ObjectMeta", template: "core.v1.PodTemplateSpec" },
  "core.v1.PodTemplateSpec": { metadata: "meta.v1.ObjectMeta", spec: "core.v1.PodSpec" },
  "core.v1.ReplicationController": {
    metadata: "meta.v1.ObjectMeta",
    spec: "core.v1.ReplicationControllerSpec",
    status: "core.v1.ReplicationControllerStatus"
  },
  "core.v1.ReplicationControllerSpec": { template: "core.v1.PodTemplateSpec" },
  "core.v1.ReplicationControllerStatus": { conditions: { keys: ["type"] } },
  "core.v1.Service": {
    metadata: "meta.v1.ObjectMeta",
    spec: "core.v1.ServiceSpec",
    status: "core.v1.ServiceStatus"
  },
  "core.v1.ServiceAccount": { metadata: "meta.v1.ObjectMeta", secrets: { keys: ["name"] } },
  "core.v1.ServiceSpec": { ports: { keys: ["port", "protocol"] } },
  "core.v1.ServiceStatus": { conditions: { keys: ["type"] } },
  "core.v1.Volume": { ephemeral: "core.v1.EphemeralVolumeSource" },
  "meta.v1.ObjectMeta": { finalizers: { keys: [] }, ownerReferences: { keys: ["uid"] } },
  "policy.v1.PodDisruptionBudget": {
    metadata: "meta.v1.ObjectMeta",
    status: "policy.v1.PodDisruptionBudgetStatus"
  },
  "policy.v1.PodDisruptionBudgetStatus": { conditions: { keys: ["type"] } },
  "policy.v1beta1.PodDisruptionBudget": {
    metadata: "meta.v1.ObjectMeta",
    status: "policy.v1beta1.PodDisruptionBudgetStatus"
  },
  "policy.v1beta1.PodDisruptionBudgetStatus": { conditions: { keys: ["type"] } },
  "storage.v1.CSINode": { metadata: "meta.v1.ObjectMeta", spec: "storage.v1.CSINodeSpec" },
  "storage.v1.CSINodeSpec": { drivers: { keys: ["name"] } },
  "storage.v1beta1.CSINode": { metadata: "meta.v1.ObjectMeta", spec: "storage.v1beta1.CSINodeSpec" },
  "storage.v1beta1.CSINodeSpec": { drivers: { keys: ["name"] } }
};
var RESOURCES = {
  "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration": "admissionregistration.v1.MutatingWebhookConfiguration",
  "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration": "admissionregistration.v1.ValidatingWebhookConfiguration",
  "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration": "admissionregistration.v1beta1.MutatingWebhookConfiguration",
  "admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration": "admissionregistration.v1beta1.ValidatingWebhookConfiguration",
  "apiregistration.k8s.io/v1 APIService": "apiregistration.v1.APIService",
  "apiregistration.k8s.io/v1beta1 APIService": "apiregistration.v1beta1.APIService",
  "apps/v1 DaemonSet": "apps.v1.DaemonSet",
  "apps/v1 Deployment": "apps.v1.Deployment",
  "apps/v1 ReplicaSet": "apps.v1.ReplicaSet",
  "apps/v1 StatefulSet": "apps.v1.StatefulSet",
  "batch/v1 CronJob": "batch.v1.CronJob",
  "batch/v1 Job": "batch.v1.Job",
  "batch/v1beta1 CronJob": "batch.v1beta1.CronJob",
  "policy/v1 PodDisruptionBudget": "policy.v1.PodDisruptionBudget",
  "policy/v1beta1 PodDisruptionBudget": "policy.v1beta1.PodDisruptionBudget",
  "storage.k8s.io/v1 CSINode": "storage.v1.CSINode",
  "storage.k8s.io/v1beta1 CSINode": "storage.v1beta1.CSINode",
  "v1 ComponentStatus": "core.v1.ComponentStatus",
  "v1 Namespace": "core.v1.Namespace",
  "v1 Node": "core.v1.Node",
  "v1 PersistentVolumeClaim": "core.v1.PersistentVolumeClaim",
  "v1 Pod": "core.v1.Pod",
  "v1 PodTemplate": "core.v1.PodTemplate",
  "v1 ReplicationController": "core.v1.ReplicationController",
  "v1 Service": "core.v1.Service",
  "v1 ServiceAccount": "core.v1.ServiceAccount"
};
var METADATA_ONLY = [
  "apiextensions.k8s.io/v1 CustomResourceDefinition",
  "apiextensions.k8s.io/v1beta1 CustomResourceDefinition",
  "apps/v1 ControllerRevision",
  "authentication.k8s.io/v1 TokenRequest",
  "authentication.k8s.io/v1 TokenReview",
  "authentication.k8s.io/v1beta1 TokenReview",
  "authorization.k8s.io/v1 LocalSubjectAccessReview",
  "authorization.k8s.io/v1 SelfSubjectAccessReview",
  "authorization.k8s.io/v1 SelfSubjectRulesReview",
  "authorization.k8s.io/v1 SubjectAccessReview",
  "authorization.k8s.io/v1beta1 LocalSubjectAccessReview",
  "authorization.k8s.io/v1beta1 SelfSubjectAccessReview",
  "authorization.k8s.io/v1beta1 SelfSubjectRulesReview",
  "authorization.k8s.io/v1beta1 SubjectAccessReview",
  "autoscaling/v1 HorizontalPodAutoscaler",
  "autoscaling/v1 Scale",
  "autoscaling/v2beta1 HorizontalPodAutoscaler",
  "autoscaling/v2beta2 HorizontalPodAutoscaler",
  "certificates.k8s.io/v1 CertificateSigningRequest",
  "certificates.k8s.io/v1beta1 CertificateSigningRequest",
  "coordination.k8s.io/v1 Lease",
  "coordination.k8s.io/v1beta1 Lease",
  "discovery.k8s.io/v1 EndpointSlice",
  "discovery.k8s.io/v1beta1 EndpointSlice",
  "events.k8s.io/v1 Event",
  "events.k8s.io/v1beta1 Event",
  "extensions/v1beta1 Ingress",
  "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema",
  "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
  "networking.k8s.io/v1 Ingress",
  "networking.k8s.io/v1 IngressClass",
  "networking.k8s.io/v1 NetworkPolicy",
  "networking.k8s.io/v1beta1 Ingress",
  "networking.k8s.io/v1beta1 IngressClass",
  "node.k8s.io/v1 RuntimeClass",
  "node.k8s.io/v1beta1 RuntimeClass",
  "policy/v1beta1 Eviction",
  "policy/v1beta1 PodSecurityPolicy",
  "rbac.authorization.k8s.io/v1 ClusterRole",
  "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
  "rbac.authorization.k8s.io/v1 Role",
  "rbac.authorization.k8s.io/v1 RoleBinding",
  "rbac.authorization.k8s.io/v1beta1 ClusterRole",
  "rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding",
  "rbac.authorization.k8s.io/v1beta1 Role",
  "rbac.authorization.k8s.io/v1beta1 RoleBinding",
  "scheduling.k8s.io/v1 PriorityClass",
  "scheduling.k8s.io/v1beta1 PriorityClass",
  "storage.k8s.io/v1 CSIDriver",
  "storage.k8s.io/v1 StorageClass",
  "storage.k8s.io/v1 VolumeAttachment",
  "storage.k8s.io/v1beta1 CSIDriver",
  "storage.k8s.io/v1beta1 CSIStorageCapacity",
  "storage.k8s.io/v1beta1 StorageClass",
  "storage.k8s.io/v1beta1 VolumeAttachment",
  "v1 Binding",
  "v1 ConfigMap",
  "v1 Endpoints",
  "v1 Event",
  "v1 LimitRange",
  "v1 PersistentVolume",
  "v1 ResourceQuota",
  "v1 Secret"
];
for (const gvk of METADATA_ONLY) RESOURCES[gvk] = "Object";
function fieldSchema(schema, field) {
  if (!schema || !("definition" in schema)) return void 0;
  const spec = DEFINITIONS[schema.definition]?.[field];
  if (spec === void 0) return void 0;
  return typeof spec === "string" ? { definition: spec } : spec;
}
function itemSchema(schema) {
  return schema.items ? { definition: schema.items } : void 0;
}
function mergeKeys(schema) {
  return schema && "keys" in schema ? schema.keys : void 0;
}
function mergeSchemaOf(value) {
  if (!isRecord(value)) return void 0;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || apiVersion === "" || kind === "")
    return void 0;
  const definition = RESOURCES[`${apiVersion} ${kind}`];
  return definition ? { definition } : void 0;
}
var isContainer2 = (v) => typeof v === "object" && v !== null;
function setEntry(container, key2, value) {
  if (key2 === "__proto__")
    Object.defineProperty(container, key2, { value, enumerable: true, writable: true, configurable: true });
  else container[key2] = value;
}
var PatchWriter = class {
  constructor(provenance, from) {
    this.provenance = provenance;
    this.from = from;
  }
  provenance;
  from;
  /** Where the patch writes `container[key]` (`container` being one of the patch's containers). */
  entryOrigin(container, key2) {
    if ("origin" in this.from) return this.from.origin;
    return sourceEntryOrigin(this.from.object, container, key2) ?? this.provenance.entryOrigin(container, key2, container[key2]);
  }
  /** Where the patch writes one of its containers. */
  containerOrigin(container) {
    if ("origin" in this.from) return this.from.origin;
    return sourceContainerOrigin(this.from.object, container) ?? this.provenance.containerOrigin(container);
  }
  /** A copy of a patch value (or part of it) for the built value, that knows where it came from. */
  copy(value) {
    if ("object" in this.from) return this.provenance.copy(value, this.from.object);
    return this.copyInline(value, this.from.origin);
  }
  copyInline(value, origin) {
    if (!isContainer2(value)) return value;
    let out;
    if (Array.isArray(value)) {
      out = value.map((v) => this.copyInline(v, origin));
      out.forEach((_, i) => this.provenance.wrote(out, i, origin));
    } else {
      const map2 = {};
      for (const [k, v] of Object.entries(value)) {
        setEntry(map2, k, this.copyInline(v, origin));
        this.provenance.wrote(map2, k, origin);
      }
      out = map2;
    }
    this.provenance.wroteWhole(out, origin);
    return out;
  }
};
function listOrigins(provenance, list6) {
  return list6.map((item, i) => provenance.entryOrigin(list6, i, item));
}
function recordListOrigins(provenance, list6, origins) {
  origins.forEach((origin, i) => {
    if (origin && i < list6.length) provenance.wrote(list6, i, origin);
  });
}
var CLEAR = /* @__PURE__ */ Symbol("clear");
var DIRECTIVE = "$patch";
function kindOf(value) {
  if (value === void 0 || value === null) return void 0;
  if (Array.isArray(value)) return "list";
  return typeof value === "object" ? "map" : "scalar";
}
function text(value) {
  if (value === null || value === void 0 || typeof value === "object") return "";
  return String(value);
}
var own = (map2, key2) => Object.hasOwn(map2, key2);
function isEmptyMap(value) {
  return isRecord(value) && Object.keys(value).length === 0;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => own(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}
function mapDirective(patch) {
  if (!own(patch, DIRECTIVE)) return "none";
  const value = patch[DIRECTIVE];
  return value === "merge" || value === "replace" || value === "delete" ? value : "unknown";
}
function listDirective(patch) {
  const item = patch.find((v) => isRecord(v) && own(v, DIRECTIVE));
  if (!item || Object.keys(item).length > 1) return { directive: "none" };
  const value = item[DIRECTIVE];
  if (value === "merge" || value === "replace" || value === "delete") return { directive: value, value };
  return { directive: "unknown", value: text(value) };
}
var Merger = class {
  constructor(writer, provenance, metadataAsStrings) {
    this.writer = writer;
    this.provenance = provenance;
    this.metadataAsStrings = metadataAsStrings;
  }
  writer;
  provenance;
  metadataAsStrings;
  /**
   * merge2 elides a directive from the patch as it reads it: the patch's maps whose `$patch` it has
   * consumed, and its lists as they are without their directive item. An item kyaml visits twice (two
   * items with the same keys) sees the patch as the first visit left it.
   */
  elidedMaps = /* @__PURE__ */ new WeakSet();
  patchLists = /* @__PURE__ */ new WeakMap();
  /**
   * kyaml's Walker.Walk on [dest, origin]: the value the field gets (`dest` itself when merged in place),
   * or CLEAR. `same` is set when dest and origin are one value: a copy of the patch being walked on its own,
   * as kyaml walks a patch node it has put in the output.
   */
  walk(dest, origin, schema, same, path4) {
    const destKind = kindOf(dest);
    const originKind = kindOf(origin);
    const kind = destKind ?? originKind;
    if (destKind && originKind && destKind !== originKind)
      throw new PatchError(
        `wrong node kind at ${path4.join(".") || "the top"}: the patch has a ${originKind} where the target has a ${destKind}`
      );
    if (kind === void 0 || kind === "map") {
      const resolved = schema ?? mergeSchemaOf(dest) ?? mergeSchemaOf(origin);
      return this.walkMap(dest, origin, resolved, same, path4);
    }
    if (kind === "list") {
      const keys = mergeKeys(schema);
      if (keys === void 0) return this.walkReplacedList(dest, origin, same);
      return this.walkMergeList(dest, origin, schema, same, path4);
    }
    if (origin === void 0) return dest;
    return origin === null ? CLEAR : origin;
  }
  /** merge2 VisitMap, then walk.walkMap. */
  walkMap(dest, origin, schema, same, path4) {
    if (dest === void 0 || dest === null) {
      if (origin === void 0) return dest;
      if (origin === null) return CLEAR;
      const patch2 = origin;
      const directive2 = this.directiveOf(patch2);
      if (directive2 === "delete") return CLEAR;
      const copy = this.copyMap(patch2);
      this.walkFields(copy, copy, schema, true, path4);
      return copy;
    }
    const target = dest;
    if (origin === null) return CLEAR;
    if (origin === void 0) {
      this.walkFields(target, void 0, schema, false, path4);
      return target;
    }
    const patch = origin;
    const directive = same ? mapDirective(patch) : this.directiveOf(patch);
    if (directive === "unknown")
      throw new PatchError(
        `unknown patch strategy '${text(patch[DIRECTIVE])}' at ${path4.join(".") || "the top"}`
      );
    if (same) {
      if (directive !== "none") delete target[DIRECTIVE];
      if (directive === "delete") return CLEAR;
      this.walkFields(target, target, schema, true, path4);
      return target;
    }
    if (directive === "delete") return CLEAR;
    if (directive === "replace") {
      const copy = this.copyMap(patch);
      this.walkFields(copy, copy, schema, true, path4);
      return copy;
    }
    this.walkFields(target, patch, schema, false, path4);
    return target;
  }
  /** The directive of a patch map, read once: merge2 elides what it recognises. */
  directiveOf(patch) {
    if (this.elidedMaps.has(patch)) return "none";
    const directive = mapDirective(patch);
    if (directive !== "none" && directive !== "unknown") this.elidedMaps.add(patch);
    return directive;
  }
  /** A copy of a patch map for the output, without the directive merge2 has elided. */
  copyMap(patch) {
    const copy = this.writer.copy(patch);
    if (this.elidedMaps.has(patch)) delete copy[DIRECTIVE];
    return copy;
  }
  /** walk.walkMap's loop: every field of either, in sorted order, set with FieldSetter. */
  walkFields(dest, origin, schema, same, path4) {
    const elided = origin !== void 0 && !same && this.elidedMaps.has(origin);
    const names2 = new Set(Object.keys(dest));
    if (origin && !same) {
      for (const k of Object.keys(origin)) if (!(elided && k === DIRECTIVE)) names2.add(k);
    }
    const strings = this.metadataAsStrings && !same && path4.length === 2 && path4[0] === "metadata";
    for (const name of [...names2].sort()) {
      const destValue = own(dest, name) ? dest[name] : void 0;
      let originValue = origin && own(origin, name) && !(elided && name === DIRECTIVE) ? origin[name] : void 0;
      if (strings && origin && (path4[1] === "labels" || path4[1] === "annotations") && originValue !== void 0)
        originValue = this.asString(origin, name, originValue);
      if (this.metadataAsStrings && !same && path4.length === 1 && path4[0] === "metadata" && origin) {
        if ((name === "labels" || name === "annotations") && (!isRecord(originValue) || isEmptyMap(originValue)))
          originValue = void 0;
      }
      if (destValue === null && originValue === void 0 && !same && this.writtenEmpty(dest, name)) {
        delete dest[name];
        continue;
      }
      const result = this.walk(destValue, originValue, fieldSchema(schema, name), same, [...path4, name]);
      if (result === CLEAR || result === void 0) {
        delete dest[name];
        continue;
      }
      if (result === destValue) continue;
      setEntry(dest, name, result);
      if (!same && origin) {
        const at3 = this.writer.entryOrigin(origin, name);
        if (at3) this.provenance.wrote(dest, name, at3);
      }
    }
  }
  /** Whether the target's null at `dest[name]` is written as nothing at all (`key:`). */
  writtenEmpty(dest, name) {
    const origin = this.provenance.entryOrigin(dest, name, null);
    if (!origin) return false;
    return origin.node === origin.key || (0, import_yaml10.isScalar)(origin.node) && (origin.node.source ?? "") === "";
  }
  /** A label or annotation value as CopyMergeMetaDataFieldsFrom writes it: the scalar's text. */
  asString(origin, name, value) {
    if ("object" in this.writer.from) {
      const node = sourceEntryOrigin(this.writer.from.object, origin, name)?.node;
      if (node && (0, import_yaml10.isScalar)(node) && typeof node.source === "string") return node.source;
    }
    return value === null ? "null" : text(value);
  }
  /** A list without merge strategy (merge2 VisitList, NonAssociateList): the patch's list replaces it. */
  walkReplacedList(dest, origin, same) {
    if (origin === void 0) return dest;
    if (origin === null) return CLEAR;
    if (same || deepEqual(dest, origin)) return dest ?? origin;
    return this.writer.copy(origin);
  }
  /** merge2 VisitList (AssociativeList), then walk.walkAssociativeSequence. */
  walkMergeList(dest, origin, schema, same, path4) {
    let list6;
    let destItems;
    let originItems;
    if (dest === void 0 || dest === null) {
      list6 = this.writer.copy(origin);
      destItems = this.items(list6);
      originItems = destItems;
    } else if (origin === null) {
      return CLEAR;
    } else if (origin === void 0) {
      list6 = dest;
      destItems = this.items(list6);
    } else {
      const patch = origin;
      const view = same ? void 0 : this.patchLists.get(patch) ?? patch.map((v, i) => ({ v, o: this.writer.entryOrigin(patch, i) }));
      const { directive, value } = listDirective(view ? view.map((item) => item.v) : patch);
      if (directive === "unknown")
        throw new PatchError(`unknown patch strategy '${value ?? ""}' at ${path4.join(".")}`);
      if (view && directive !== "none") {
        elementSetter(view, void 0, [DIRECTIVE], [directive]);
        this.patchLists.set(patch, view);
      }
      if (directive === "delete") return CLEAR;
      if (same) {
        list6 = dest;
        destItems = this.items(list6);
        if (directive !== "none") elementSetter(destItems, void 0, [DIRECTIVE], [directive]);
        originItems = destItems;
      } else if (directive === "replace") {
        list6 = this.writer.copy(patch);
        destItems = this.items(list6);
        elementSetter(destItems, void 0, [DIRECTIVE], [directive]);
        originItems = destItems;
        same = true;
      } else {
        list6 = dest;
        destItems = this.items(list6);
        originItems = view;
      }
    }
    if (originItems === destItems) same = true;
    const keys = schema.keys;
    const sources = originItems ? [originItems, destItems] : [destItems];
    const merged = keys.length > 0 ? this.mergeItems(elementValues(sources, keys), keys, destItems, originItems, schema, same, path4) : this.mergeItems(primitiveValues(sources), [""], destItems, originItems, schema, same, path4);
    list6.splice(0, list6.length, ...merged.map((item) => item.v));
    recordListOrigins(
      this.provenance,
      list6,
      merged.map((item) => item.o)
    );
    return list6;
  }
  /** The items of a built list, with their current origins. */
  items(list6) {
    const origins = listOrigins(this.provenance, list6);
    return list6.map((v, i) => ({ v, o: origins[i] }));
  }
  /** walk.setAssociativeSequenceElements, in prepend mode. */
  mergeItems(valuesList, keys, destItems, originItems, schema, same, path4) {
    const added = [];
    if (keys.length > 1) mergeValues(valuesList);
    let validKeys = keys;
    for (const values of valuesList) {
      if (values.length === 0) continue;
      let validValues;
      [validKeys, validValues] = validateKeys(valuesList, values, keys);
      const [elementKeys, elementValues2] = validateKeys([validValues], validValues, validKeys);
      const destItem = matchElement(destItems, elementKeys, elementValues2);
      const originItem = originItems ? matchElement(originItems, elementKeys, elementValues2) : void 0;
      const primitive = keys[0] === "";
      const walked = primitive ? this.walk(destItem?.v, originItem?.v, void 0, same, path4) : this.walk(destItem?.v, originItem?.v, itemSchema(schema), same, path4);
      if (walked === CLEAR || walked === void 0 || walked === null || isEmptyMap(walked)) {
        elementSetter(destItems, void 0, validKeys, validValues);
        continue;
      }
      if (isRecord(walked))
        validKeys.forEach((key2, i) => {
          const value = validValues[i];
          if (!own(walked, key2) && value !== "") this.setKey(walked, key2, value, destItems, originItems);
        });
      const o = walked === destItem?.v ? destItem.o : walked === originItem?.v ? originItem.o : originItem?.o;
      elementSetter(added, { v: walked, o }, validKeys, validValues);
    }
    if (valuesList.length === 0) return destItems;
    return appendListNode(added, destItems, validKeys);
  }
  /** Sets a merge key kyaml took from another item (`mergeValues`) on the merged item. */
  setKey(item, key2, value, ...lists) {
    for (const list6 of lists)
      for (const other of list6 ?? [])
        if (isRecord(other.v) && own(other.v, key2) && text(other.v[key2]) === value) {
          setEntry(item, key2, other.v[key2]);
          const at3 = this.provenance.entryOrigin(other.v, key2, other.v[key2]) ?? this.writer.entryOrigin(other.v, key2);
          if (at3) this.provenance.wrote(item, key2, at3);
          return;
        }
    setEntry(item, key2, value);
  }
};
function elementValues(sources, keys) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const items of sources)
    for (const item of items) {
      const values = keys.map((key2) => isRecord(item.v) && own(item.v, key2) ? text(item.v[key2]) : "");
      const id = JSON.stringify(values);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(values);
    }
  return out;
}
function primitiveValues(sources) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const items of sources)
    for (const item of items) {
      const value = text(item.v);
      if (seen.has(value)) continue;
      seen.add(value);
      out.push([value]);
    }
  return out;
}
function mergeValues(valuesList) {
  for (let i = 0; i < valuesList.length; i++) {
    const first = valuesList[i];
    for (let j = 0; j < valuesList.length; j++) {
      const merged = match(first, valuesList[j]);
      if (merged) {
        valuesList[i] = merged;
        valuesList[j] = merged;
      }
    }
  }
}
function match(a, b) {
  if (a.length !== b.length) return void 0;
  let common = false;
  const out = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) {
      common = true;
      out.push(x);
    } else if (x !== "" && y !== "") return void 0;
    else out.push(x !== "" ? x : y);
  }
  return common ? out : void 0;
}
function validateKeys(valuesList, values, keys) {
  const valid = /* @__PURE__ */ new Set();
  for (const list6 of valuesList) list6.forEach((v, i) => v !== "" && valid.add(keys[i]));
  if (valid.size === 0) return [[...keys], values];
  return [
    keys.filter((k) => valid.has(k)),
    values.filter((v, i) => v !== "" || valid.has(keys[i]))
  ];
}
function matchElement(items, keys, values) {
  if (keys.length === 0 || keys[0] === "") {
    const value = values[0] ?? "";
    return items.find((item) => kindOf(item.v) !== void 0 && text(item.v) === value);
  }
  return items.find(
    (item) => isRecord(item.v) && keys.every(
      (key2, i) => own(item.v, key2) && text(item.v[key2]) === values[i]
    )
  );
}
function fieldMatches(value, key2, wanted) {
  if (value === null || value === void 0) return false;
  if (key2 === "") return !isContainer2(value) && text(value) === wanted;
  if (!isRecord(value) || !own(value, key2)) return false;
  return wanted === "" || text(value[key2]) === wanted;
}
function elementSetter(items, element, keys, values) {
  const mappingSetter = keys.length > 0 && keys[0] !== "" && values.length > 0 && values[0] !== "";
  const out = [];
  let found = false;
  for (const item of items) {
    if (item.v === null || item.v === void 0 || isEmptyMap(item.v)) continue;
    if (!isRecord(item.v) && mappingSetter) {
      out.push(item);
      continue;
    }
    let matched = false;
    let matches = true;
    for (let j = 0; j < keys.length; j++) {
      if (j < values.length) matched = fieldMatches(item.v, keys[j], values[j]);
      if (!matched) {
        matches = false;
        break;
      }
    }
    if (!matches) {
      if (values.length > 0) out.push(item);
      continue;
    }
    found = true;
    if (element) out.push(element);
  }
  items.splice(0, items.length, ...out);
  if (!element || element.v === null || element.v === void 0) return;
  if (!found) items.push(element);
}
function appendListNode(added, destItems, keys) {
  for (const item of destItems) {
    if (keys[0] === "") {
      elementSetter(added, item, [""], [text(item.v)]);
      continue;
    }
    const values = [];
    for (const key2 of keys) {
      if (item.v !== null && item.v !== void 0 && !isRecord(item.v))
        throw new PatchError(
          `a list merged by ${keys.join(", ")} holds ${JSON.stringify(item.v)}, not a map`
        );
      const field = isRecord(item.v) && own(item.v, key2) ? item.v[key2] : void 0;
      if (field === void 0) {
        added.push(item);
        continue;
      }
      values.push(text(field));
    }
    if (keys.length > 1) elementSetter(added, void 0, keys, values);
    elementSetter(added, item, keys, values);
  }
  return added;
}
function identity(target, provenance, options) {
  const kept = [];
  const keep = (path4, ifMissing) => {
    const parent = path4.length === 1 ? target : isRecord(target.metadata) ? target.metadata : void 0;
    const key2 = path4[path4.length - 1];
    const had = parent !== void 0 && own(parent, key2);
    const value = had ? parent[key2] : void 0;
    const origin = had ? provenance.entryOrigin(parent, key2, value) : void 0;
    kept.push({
      restore(t) {
        let into = t;
        if (path4.length === 2) {
          if (!isRecord(t.metadata)) {
            if (!had && ifMissing === "delete") return;
            setEntry(t, "metadata", {});
          }
          into = t.metadata;
        }
        if (!had) {
          if (ifMissing === "delete") delete into[key2];
          else if (into[key2] !== "") setEntry(into, key2, "");
          return;
        }
        if (into[key2] === value) return;
        setEntry(into, key2, value);
        if (origin) provenance.wrote(into, key2, origin);
      }
    });
  };
  keep(["apiVersion"], "delete");
  if (!options.allowKindChange) keep(["kind"], "delete");
  if (!options.allowNameChange) keep(["metadata", "name"], "empty");
  keep(["metadata", "namespace"], "delete");
  return kept;
}

// src/kustomize/json-patch.ts
function isJsonPatch(value) {
  return Array.isArray(value) && value.length > 0 && value.every((op) => op === null || isRecord(op));
}
function applyJsonPatch(target, operations, provenance, from) {
  const writer = new PatchWriter(provenance, from);
  const errors = [];
  if (!Array.isArray(operations))
    return { applied: 0, errors: ["the patch is not a list of JSON 6902 operations"] };
  let applied = 0;
  for (const [index, op] of operations.entries()) {
    const error = applyOne(target, op, writer, provenance);
    if (error) {
      errors.push(`operation ${index + 1}${describe(op)}: ${error}`);
      break;
    }
    applied++;
  }
  return { applied, errors };
}
function describe(op) {
  if (!isRecord(op)) return "";
  const parts = [op.op, op.from, op.path].filter((p) => typeof p === "string");
  return parts.length > 0 ? ` (${parts.join(" ")})` : "";
}
var ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
function evaluate(target, pointer) {
  return import_rfc6902.Pointer.fromJSON(pointer).evaluate(target);
}
function applyOne(target, op, writer, provenance) {
  if (!isRecord(op) || typeof op.op !== "string")
    return `Unexpected kind: ${isRecord(op) && op.op !== void 0 ? String(op.op) : "unknown"}`;
  const kind = op.op;
  if (!["add", "remove", "replace", "move", "copy", "test"].includes(kind)) return `Unexpected kind: ${kind}`;
  if (typeof op.path !== "string") return `${kind} operation failed to decode path`;
  if ((kind === "move" || kind === "copy") && typeof op.from !== "string")
    return `${kind} operation failed to decode from`;
  const value = Object.hasOwn(op, "value") ? op.value : null;
  let at3;
  let source;
  let path4;
  let fromPath;
  try {
    if (kind === "move" || kind === "copy") {
      fromPath = evanphxPointer(target, op.from, "get");
      source = evaluate(target, fromPath);
    }
    const shrinks = kind === "move" && source && Array.isArray(source.parent) ? source.parent : void 0;
    path4 = evanphxPointer(
      target,
      op.path,
      kind === "add" || kind === "move" || kind === "copy" ? "add" : "get",
      shrinks
    );
    at3 = evaluate(target, path4);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const pathList = Array.isArray(at3.parent) ? at3.parent : void 0;
  if (pathList && at3.key !== "-" && !ARRAY_INDEX.test(at3.key))
    return `Unable to access invalid index: ${at3.key}`;
  if (pathList && at3.key === "-" && kind !== "add" && kind !== "move" && kind !== "copy")
    return `${kind} operation does not apply: doc is missing key: ${op.path}`;
  if (pathList && (kind === "move" || kind === "copy") && at3.key !== "-") {
    const length = pathList.length - (kind === "move" && source?.parent === pathList ? 1 : 0);
    if (Number(at3.key) > length) return `Unable to access invalid index: ${at3.key}`;
  }
  let operation = { op: kind, path: path4, value };
  if (fromPath !== void 0) operation.from = fromPath;
  if (kind === "replace" && isRecord(at3.parent) && !Object.hasOwn(at3.parent, at3.key)) operation.op = "add";
  if (kind === "copy" && source && isRecord(source.parent) && !Object.hasOwn(source.parent, source.key))
    operation = { op: "add", path: path4, value: null };
  if (kind === "test" && at3.value === void 0 && value === null && isContainerLike(at3.parent))
    return void 0;
  const pathOrigins = pathList ? listOrigins(provenance, pathList) : void 0;
  const fromList = source && Array.isArray(source.parent) ? source.parent : void 0;
  const fromOrigins = fromList ? fromList === pathList ? pathOrigins : listOrigins(provenance, fromList) : void 0;
  const carried = source && isContainerLike(source.parent) && source.value !== void 0 ? provenance.entryOrigin(source.parent, entryKey(source), source.value) : void 0;
  const copied = kind === "copy" && source ? cloneBuilt(source.value ?? null, provenance) : void 0;
  const lengthBefore = pathList?.length ?? 0;
  let result;
  try {
    result = (0, import_patch.apply)(target, operation);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (result) return result.message;
  switch (kind) {
    case "add":
    case "replace": {
      const origin = Object.hasOwn(op, "value") ? writer.entryOrigin(op, "value") : writer.containerOrigin(op);
      const written = origin ? { file: origin.file, node: origin.node } : void 0;
      const mode = kind === "add" || operation.op === "add" ? "insert" : "set";
      place(at3, writer.copy(value), written, mode, pathOrigins, lengthBefore, provenance);
      break;
    }
    case "remove":
      if (pathList && pathOrigins) {
        pathOrigins.splice(Number(at3.key), 1);
        recordListOrigins(provenance, pathList, pathOrigins);
      }
      break;
    case "move": {
      if (!source) break;
      if (fromList && fromOrigins) {
        fromOrigins.splice(Number(source.key), 1);
        if (fromList !== pathList) recordListOrigins(provenance, fromList, fromOrigins);
      }
      const length = fromList === pathList ? lengthBefore - 1 : lengthBefore;
      place(at3, source.value, carried, "insert", pathOrigins, length, provenance, false);
      break;
    }
    case "copy":
      place(
        at3,
        copied,
        carried ?? writer.containerOrigin(op),
        "insert",
        pathOrigins,
        lengthBefore,
        provenance
      );
      break;
    default:
      break;
  }
  return void 0;
}
function evanphxPointer(target, pointer, last, shrinks) {
  let text4 = pointer;
  if (!text4.startsWith("/")) {
    const slash = text4.indexOf("/");
    if (slash < 0) throw new Error(`doc is missing path: "${pointer}"`);
    text4 = text4.slice(slash);
  }
  const tokens = import_rfc6902.Pointer.fromJSON(text4).tokens;
  let current = target;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    const isLast = i === tokens.length - 1;
    if (Array.isArray(current) && /^[+-]?[0-9]+$/.test(token)) {
      let index = Number.parseInt(token, 10);
      if (index < 0) {
        const length = current.length - (current === shrinks ? 1 : 0) + (isLast && last === "add" ? 1 : 0);
        index += length;
        if (index < 0) throw new Error(`Unable to access invalid index: ${token}`);
      }
      tokens[i] = String(index);
      current = current[index];
    } else {
      current = isRecord(current) && Object.hasOwn(current, token) ? current[token] : void 0;
    }
  }
  return new import_rfc6902.Pointer(tokens).toString();
}
var isContainerLike = (v) => typeof v === "object" && v !== null;
function entryKey(place3) {
  return Array.isArray(place3.parent) ? Number(place3.key) : place3.key;
}
function place(at3, value, origin, mode, listOriginsBefore, lengthBefore, provenance, replaceValue = true) {
  const parent = at3.parent;
  if (Array.isArray(parent)) {
    const index = at3.key === "-" ? lengthBefore : Number(at3.key);
    if (replaceValue) parent[index] = value;
    const origins = listOriginsBefore ?? [];
    if (mode === "insert") origins.splice(index, 0, origin);
    else origins[index] = origin;
    recordListOrigins(provenance, parent, origins);
    return;
  }
  if (!isRecord(parent)) return;
  if (replaceValue) setEntry(parent, at3.key, value);
  if (origin) provenance.wrote(parent, at3.key, origin);
}
function cloneBuilt(value, provenance) {
  if (!isContainerLike(value)) return value;
  let out;
  if (Array.isArray(value)) {
    const list6 = value.map((v) => cloneBuilt(v, provenance));
    value.forEach((v, i) => {
      const origin = provenance.entryOrigin(value, i, v);
      if (origin) provenance.wrote(list6, i, origin);
    });
    out = list6;
  } else {
    const map2 = {};
    for (const [k, v] of Object.entries(value)) {
      setEntry(map2, k, cloneBuilt(v, provenance));
      const origin = provenance.entryOrigin(value, k, v);
      if (origin) provenance.wrote(map2, k, origin);
    }
    out = map2;
  }
  const whole = provenance.containerOrigin(value);
  if (whole) provenance.wroteWhole(out, whole);
  return out;
}

// src/kustomize/replacements.ts
var import_yaml11 = __toESM(require_dist(), 1);
function applyReplacements(objects, replacements, origin) {
  const errors = [];
  if (replacements === void 0 || replacements === null) return errors;
  if (!Array.isArray(replacements)) return ["replacements: expected a list of replacements"];
  const written = /* @__PURE__ */ new Set();
  replacements.forEach((entry, i) => {
    let cached;
    const context = {
      origin: () => cached ??= origin(i),
      written
    };
    try {
      applyReplacement(objects, decodeReplacement(entry), context);
    } catch (e) {
      if (!(e instanceof ReplacementError)) throw e;
      errors.push(`replacements[${i}]: ${e.message}`);
    }
  });
  for (const object2 of written) syncIdentity(object2);
  return errors;
}
function replacementsInFile(content) {
  if (Array.isArray(content)) return content;
  if (isMapping(content)) return [content];
  const kind = content === null || content === void 0 ? "invalid" : typeof content;
  return `unsupported replacement type encountered within replacement path: ${kind}`;
}
var ReplacementError = class extends Error {
};
function fail(message2) {
  throw new ReplacementError(message2);
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isContainer3(value) {
  return typeof value === "object" && value !== null;
}
function stringField(map2, key2, where) {
  const v = map2[key2];
  if (v === void 0 || v === null) return "";
  if (typeof v !== "string") fail(`${where}.${key2} must be a string`);
  return v;
}
function mappingField(map2, key2, where) {
  const v = map2[key2];
  if (v === void 0 || v === null) return void 0;
  if (!isMapping(v)) fail(`${where}.${key2} must be a mapping`);
  return v;
}
function listField(map2, key2, where) {
  const v = map2[key2];
  if (v === void 0 || v === null) return void 0;
  if (!Array.isArray(v)) fail(`${where}.${key2} must be a list`);
  return v;
}
function decodeResId(map2, where) {
  return {
    group: stringField(map2, "group", where),
    version: stringField(map2, "version", where),
    kind: stringField(map2, "kind", where),
    name: stringField(map2, "name", where),
    namespace: stringField(map2, "namespace", where)
  };
}
function decodeSelector(value, where) {
  if (!isMapping(value)) fail(`${where} must be a mapping`);
  return {
    ...decodeResId(value, where),
    labelSelector: stringField(value, "labelSelector", where),
    annotationSelector: stringField(value, "annotationSelector", where)
  };
}
function decodeOptions(map2, where) {
  const options = mappingField(map2, "options", where);
  if (!options) return void 0;
  const index = options.index ?? 0;
  if (typeof index !== "number" || !Number.isInteger(index))
    fail(`${where}.options.index must be an integer`);
  const create = options.create ?? false;
  if (typeof create !== "boolean") fail(`${where}.options.create must be a boolean`);
  return { delimiter: stringField(options, "delimiter", `${where}.options`), index, create };
}
function decodeReplacement(entry) {
  if (!isMapping(entry)) fail("a replacement must be a mapping");
  const source = mappingField(entry, "source", "replacement");
  const sourceValue = entry.sourceValue;
  if (sourceValue !== void 0 && sourceValue !== null && typeof sourceValue !== "string")
    fail("sourceValue must be a string");
  const targets = listField(entry, "targets", "replacement");
  return {
    path: stringField(entry, "path", "replacement"),
    source: source && {
      ...decodeResId(source, "source"),
      fieldPath: stringField(source, "fieldPath", "source"),
      options: decodeOptions(source, "source")
    },
    sourceValue: typeof sourceValue === "string" ? sourceValue : void 0,
    targets: targets?.map((t, i) => {
      const where = `targets[${i}]`;
      if (!isMapping(t)) fail(`${where} must be a mapping`);
      const select = mappingField(t, "select", where);
      const fieldPaths = listField(t, "fieldPaths", where) ?? [];
      return {
        select: select && decodeSelector(select, `${where}.select`),
        reject: (listField(t, "reject", where) ?? []).map(
          (r, j) => decodeSelector(r, `${where}.reject[${j}]`)
        ),
        fieldPaths: fieldPaths.map((p, j) => {
          if (typeof p !== "string") fail(`${where}.fieldPaths[${j}] must be a string`);
          return p;
        }),
        options: decodeOptions(t, where)
      };
    })
  };
}
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? ["", apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}
function currentId(object2) {
  const value = object2.value;
  const [group2, version] = splitApiVersion(scalarFieldText(value.apiVersion));
  const metadata = isMapping(value.metadata) ? value.metadata : {};
  return {
    group: group2,
    version,
    kind: scalarFieldText(value.kind),
    name: scalarFieldText(metadata.name),
    namespace: scalarFieldText(metadata.namespace)
  };
}
function idsOf(object2) {
  const current = currentId(object2);
  const previous = (object2.previousIds ?? []).map((p) => ({
    group: current.group,
    version: current.version,
    ...p
  }));
  return [current, ...previous];
}
var effectiveNamespace = (namespace) => namespace === "" ? "default" : namespace;
function sourceSelects(selector, id) {
  return (selector.name === "" || selector.name === id.name) && (selector.namespace === "" || effectiveNamespace(selector.namespace) === effectiveNamespace(id.namespace)) && (selector.group === "" || selector.group === id.group) && (selector.version === "" || selector.version === id.version) && (selector.kind === "" || selector.kind === id.kind);
}
function resIdString(s) {
  return `${s.kind || "[noKind]"}.${s.version || "[noVer]"}.${s.group || "[noGrp]"}/${s.name || "[noName]"}.${s.namespace || "[noNs]"}`;
}
function sourceString(s) {
  const parts = [resIdString(s)];
  if (s.fieldPath !== "") parts.push(s.fieldPath);
  if (s.options && (s.options.delimiter !== "" || s.options.create))
    parts.push(`${s.options.delimiter}(${s.options.index}), create=${s.options.create}`);
  return parts.join(":");
}
function describe2(object2) {
  const id = currentId(object2);
  return `${id.kind} ${id.namespace ? `${id.namespace}/` : ""}${id.name}`;
}
function syncIdentity(object2) {
  const value = object2.value;
  if (typeof value.kind === "string") object2.kind = value.kind;
  if (typeof value.apiVersion === "string") object2.apiVersion = value.apiVersion;
  const metadata = isMapping(value.metadata) ? value.metadata : {};
  if (typeof metadata.name === "string") object2.name = metadata.name;
  if (typeof metadata.namespace === "string" && metadata.namespace !== "")
    object2.namespace = metadata.namespace;
  else delete object2.namespace;
}
function goRegExp(pattern, anchored) {
  let source = pattern;
  let flags = "";
  const flagGroup = /^\(\?([a-zA-Z]+)\)/.exec(source);
  if (flagGroup) {
    for (const flag of flagGroup[1]) {
      if (flag === "i" || flag === "m" || flag === "s") flags += flags.includes(flag) ? "" : flag;
      else throw new SyntaxError(`unsupported flag ${flag} in ${pattern}`);
    }
    source = source.slice(flagGroup[0].length);
  }
  source = source.replace(/\(\?P</g, "(?<");
  return new RegExp(anchored ? `^(?:${source})$` : source, flags);
}
function compileSelector(selector) {
  const compiled = { selector };
  for (const field of ["group", "version", "kind", "name", "namespace"]) {
    if (selector[field] === "") continue;
    try {
      compiled[field] = goRegExp(selector[field], true);
    } catch (e) {
      fail(`error creating target selector: ${e.message}`);
    }
  }
  return compiled;
}
function regexSelects(r, id) {
  return (!r.group || r.group.test(id.group)) && (!r.version || r.version.test(id.version)) && (!r.kind || r.kind.test(id.kind)) && (!r.name || r.name.test(id.name)) && (!r.namespace || r.namespace.test(id.namespace));
}
var isEmptyResId = (s) => s.group === "" && s.version === "" && s.kind === "" && s.name === "" && s.namespace === "";
function stringMap2(value) {
  const out = /* @__PURE__ */ new Map();
  if (isMapping(value)) for (const [k, v] of Object.entries(value)) out.set(k, scalarFieldText(v));
  return out;
}
function matchesLabelsAndAnnotations(object2, selector) {
  const metadata = isMapping(object2.value.metadata) ? object2.value.metadata : {};
  return selectorMatches(parseSelector(selector.annotationSelector), stringMap2(metadata.annotations)) && selectorMatches(parseSelector(selector.labelSelector), stringMap2(metadata.labels));
}
function isTarget(object2, target, select, rejects) {
  const ids = idsOf(object2);
  if (!matchesLabelsAndAnnotations(object2, target.select)) return false;
  for (const reject of target.reject) {
    if (reject.annotationSelector === "" && reject.labelSelector === "") continue;
    if (matchesLabelsAndAnnotations(object2, reject)) return false;
  }
  for (const reject of rejects) {
    if (isEmptyResId(reject.selector)) continue;
    if (ids.some((id) => regexSelects(reject, id))) return false;
  }
  return ids.some((id) => regexSelects(select, id));
}
var LITERAL_TOKENS = /* @__PURE__ */ new Map([
  [")", ")"],
  [",", ","],
  ["!", "!"],
  ["==", "=="],
  ["=", "="],
  [">", ">"],
  ["in", "in"],
  ["<", "<"],
  ["!=", "!="],
  ["notin", "notin"],
  ["(", "("]
]);
var isSelectorSpace = (ch) => ch === " " || ch === "	" || ch === "\r" || ch === "\n";
var isSelectorSymbol = (ch) => "=!(),><".includes(ch);
function lexSelector(text4) {
  const tokens = [];
  let pos = 0;
  for (; ; ) {
    while (pos < text4.length && isSelectorSpace(text4[pos])) pos++;
    if (pos >= text4.length) {
      tokens.push({ kind: "end", literal: "" });
      return tokens;
    }
    if (isSelectorSymbol(text4[pos])) {
      let buffer = "";
      let last;
      while (pos < text4.length && isSelectorSymbol(text4[pos])) {
        buffer += text4[pos];
        const kind = LITERAL_TOKENS.get(buffer);
        if (kind) last = { kind, literal: buffer };
        else if (last) break;
        pos++;
      }
      tokens.push(last ?? { kind: "error", literal: `error expected: keyword found '${buffer}'` });
      continue;
    }
    let literal = "";
    while (pos < text4.length && !isSelectorSymbol(text4[pos]) && !isSelectorSpace(text4[pos]))
      literal += text4[pos++];
    tokens.push({ kind: LITERAL_TOKENS.get(literal) ?? "id", literal });
  }
}
var LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function validateLabelKey(key2) {
  const parts = key2.split("/");
  const name = parts.length === 2 ? parts[1] : key2;
  const prefixOk = parts.length === 1 || parts.length === 2 && parts[0].length <= 253 && DNS_SUBDOMAIN.test(parts[0]);
  if (!prefixOk || name.length > 63 || !LABEL_NAME.test(name)) fail(`invalid label key "${key2}"`);
}
function validateLabelValue(key2, value) {
  if (value.length > 63 || value !== "" && !LABEL_NAME.test(value))
    fail(`invalid label value: "${value}": at key: "${key2}"`);
}
function parseSelector(text4) {
  const tokens = lexSelector(text4);
  let position = 0;
  const asValue = (t) => t.kind === "in" || t.kind === "notin" ? { ...t, kind: "id" } : t;
  const lookahead = (values) => {
    const t = tokens[position];
    return values ? asValue(t) : t;
  };
  const consume = (values) => {
    const t = lookahead(values);
    position++;
    return t;
  };
  const requirement = () => {
    let operator;
    let t = consume(true);
    if (t.kind === "!") {
      operator = "!";
      t = consume(true);
    }
    if (t.kind !== "id") fail(`unable to parse requirement: found '${t.literal}', expected: identifier`);
    const key2 = t.literal;
    validateLabelKey(key2);
    const next = lookahead(true).kind;
    if (next === "end" || next === ",") return { key: key2, operator: operator ?? "exists", values: [] };
    if (operator === "!")
      fail(
        `unable to parse requirement: found '${lookahead(true).literal}', expected: ',' or 'end of string'`
      );
    const op = consume(false);
    const binary = {
      in: "in",
      "=": "=",
      "==": "==",
      ">": ">",
      "<": "<",
      notin: "notin",
      "!=": "!="
    };
    const found = binary[op.kind];
    if (!found)
      fail(`unable to parse requirement: found '${op.literal}', expected: '=', '!=', '==', 'in', notin'`);
    const values = found === "in" || found === "notin" ? valueSet() : [exactValue()];
    if ((found === "in" || found === "notin") && values.length === 0)
      fail("for 'in', 'notin' operators, values set can't be empty");
    if (found === ">" || found === "<") {
      for (const v of values)
        if (!/^[-+]?[0-9]+$/.test(v)) fail("for 'Gt', 'Lt' operators, the value must be an integer");
    }
    for (const v of values) validateLabelValue(key2, v);
    return { key: key2, operator: found, values };
  };
  const exactValue = () => {
    const t = lookahead(true);
    if (t.kind === "end" || t.kind === ",") return "";
    const value = consume(true);
    if (value.kind !== "id")
      fail(`unable to parse requirement: found '${value.literal}', expected: identifier`);
    return value.literal;
  };
  const valueSet = () => {
    const open2 = consume(true);
    if (open2.kind !== "(") fail(`unable to parse requirement: found '${open2.literal}' expected: '('`);
    const first = lookahead(true);
    if (first.kind === ")") {
      consume(true);
      return [""];
    }
    if (first.kind !== "id" && first.kind !== ",")
      fail(`unable to parse requirement: found '${first.literal}', expected: ',', ')' or identifier`);
    const values = /* @__PURE__ */ new Set();
    for (; ; ) {
      const t = consume(true);
      if (t.kind === "id") {
        values.add(t.literal);
        const after = lookahead(true);
        if (after.kind === ",") continue;
        if (after.kind === ")") break;
        fail(`unable to parse requirement: found '${after.literal}', expected: ',' or ')'`);
      } else if (t.kind === ",") {
        if (values.size === 0) values.add("");
        const after = lookahead(true);
        if (after.kind === ")") {
          values.add("");
          break;
        }
        if (after.kind === ",") {
          consume(true);
          values.add("");
        }
      } else fail(`unable to parse requirement: found '${t.literal}', expected: ',', or identifier`);
    }
    const close = consume(true);
    if (close.kind !== ")") fail(`unable to parse requirement: found '${close.literal}', expected: ')'`);
    return [...values];
  };
  const requirements = [];
  for (; ; ) {
    const t = lookahead(true);
    if (t.kind === "end") return requirements;
    if (t.kind !== "id" && t.kind !== "!")
      fail(`invalid selector "${text4}": found '${t.literal}', expected: !, identifier, or 'end of string'`);
    requirements.push(requirement());
    const after = consume(true);
    if (after.kind === "end") return requirements;
    if (after.kind !== ",")
      fail(`invalid selector "${text4}": found '${after.literal}', expected: ',' or 'end of string'`);
    const next = lookahead(true);
    if (next.kind !== "id" && next.kind !== "!")
      fail(`invalid selector "${text4}": found '${next.literal}', expected: identifier after ','`);
  }
}
function matchesLabelSelector(selector, labels) {
  try {
    return selectorMatches(parseSelector(selector), stringMap2(labels));
  } catch (e) {
    if (e instanceof ReplacementError) return e.message;
    throw e;
  }
}
function selectorMatches(requirements, labels) {
  return requirements.every((r) => {
    const value = labels.get(r.key);
    switch (r.operator) {
      case "in":
      case "=":
      case "==":
        return value !== void 0 && r.values.includes(value);
      case "notin":
      case "!=":
        return value === void 0 || !r.values.includes(value);
      case "exists":
        return value !== void 0;
      case "!":
        return value === void 0;
      case ">":
      case "<": {
        if (value === void 0 || !/^[-+]?[0-9]+$/.test(value)) return false;
        const have = Number(value);
        const want = Number(r.values[0]);
        return r.operator === ">" ? have > want : have < want;
      }
    }
    return false;
  });
}
function pathSplitter(path4, delimiter) {
  let parts = path4.split(delimiter);
  if (parts.length > 1 && parts[0] === "") parts = parts.slice(1);
  const out = [parts[0]];
  for (const part of parts.slice(1)) {
    const last = out[out.length - 1];
    if (last.endsWith("\\")) out[out.length - 1] = last.slice(0, -1) + delimiter + part;
    else out.push(part);
  }
  return out;
}
function smarterPathSplitter(path4, delimiter = ".") {
  const split = pathSplitter(path4, delimiter);
  const out = [];
  for (let i = 0; i < split.length; i++) {
    const element = split[i];
    if (element.startsWith("[") && !element.endsWith("]")) {
      const bracketed = [element];
      while (i < split.length - 1) {
        i++;
        bracketed.push(split[i]);
        if (split[i].endsWith("]")) break;
      }
      const joined = bracketed.join(delimiter);
      out.push(joined.includes("=") ? joined : joined.replace(/^[[\]]+|[[\]]+$/g, ""));
    } else out.push(element);
  }
  return out;
}
var isListIndex = (part) => part.startsWith("[") && part.endsWith("]");
function atoi(part) {
  return /^[-+]?[0-9]+$/.test(part) ? Number(part) : void 0;
}
function indexNumber(part) {
  const n = atoi(part);
  return n !== void 0 && n >= 0 ? n : void 0;
}
function splitIndexNameValue(part) {
  const inner = part.replace(/^\[/, "").replace(/\]$/, "");
  const eq = inner.indexOf("=");
  if (eq === -1)
    throw new PathError("list path element must contain fieldName=fieldValue for element to match");
  return [inner.slice(0, eq), inner.slice(eq + 1)];
}
var PathError = class extends Error {
};
function nodeKind(value) {
  if (Array.isArray(value)) return "SequenceNode";
  if (isMapping(value)) return "MappingNode";
  return "ScalarNode";
}
var wrongKind = (expected2, value) => new PathError(`wrong node kind: expected ${expected2} but got ${nodeKind(value)}`);
var isScalarValue = (value) => !isContainer3(value);
function scalarFieldText(value) {
  if (value === null || value === void 0 || isContainer3(value)) return "";
  return String(value);
}
function resolvePlainScalar(text4) {
  if (["", "~", "null", "Null", "NULL"].includes(text4)) return null;
  if (["true", "True", "TRUE"].includes(text4)) return true;
  if (["false", "False", "FALSE"].includes(text4)) return false;
  const plain2 = text4.replace(/_/g, "");
  const int = /^([-+]?)(0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+|0[0-7]+|[0-9]+)$/.exec(plain2);
  if (int) {
    const sign = int[1] === "-" ? -1 : 1;
    const digits = int[2];
    if (/^0[0-7]+$/.test(digits)) return sign * parseInt(digits.slice(1), 8);
    return sign * Number(digits);
  }
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(plain2)) return Number(plain2);
  return text4;
}
function valueOf(v) {
  if (isContainer3(v)) return { scalar: false, value: v };
  if (v === null || v === void 0) return { scalar: true, text: "", type: "null" };
  if (typeof v === "number") return { scalar: true, text: String(v), type: "number" };
  if (typeof v === "boolean") return { scalar: true, text: String(v), type: "boolean" };
  return { scalar: true, text: String(v), type: "string" };
}
var textOf = (v) => v.scalar ? v.text : "";
function typedScalar(type, text4) {
  if (type === "string") return text4;
  if (type === "null") return null;
  const resolved = resolvePlainScalar(text4);
  if (type === "untagged") return resolved;
  return typeof resolved === type ? resolved : text4;
}
function kindOfValue(v) {
  if (v.scalar) return "scalar";
  return Array.isArray(v.value) ? "sequence" : "mapping";
}
function lookup(root, path4) {
  const parts = path4.map((p) => p.trim()).filter((p) => p !== "");
  let found = { value: root };
  for (const part of parts) {
    const current = found.value;
    if (current === void 0) return void 0;
    const n = atoi(part);
    if (n !== void 0) {
      if (n < 0) throw new PathError(`array index ${n} cannot be negative`);
      if (current === null) return void 0;
      if (!Array.isArray(current)) throw wrongKind("SequenceNode", current);
      if (n >= current.length) return void 0;
      found = { value: current[n], holder: current, key: n };
    } else if (part === "-") {
      if (current === null) return void 0;
      if (!Array.isArray(current)) throw wrongKind("SequenceNode", current);
      if (current.length === 0) return void 0;
      found = { value: current[current.length - 1], holder: current, key: current.length - 1 };
    } else if (part === "*") {
      throw new PathError("wildcard is not supported in PathGetter");
    } else if (isListIndex(part)) {
      const [field, wanted] = splitIndexNameValue(part);
      if (current === null) return void 0;
      if (!Array.isArray(current)) throw wrongKind("SequenceNode", current);
      const index = current.findIndex(
        (item) => field === "" ? scalarFieldText(item) === wanted : isMapping(item) && Object.hasOwn(item, field) && scalarFieldText(item[field]) === wanted
      );
      if (index === -1) return void 0;
      found = { value: current[index], holder: current, key: index };
    } else {
      if (current === null) return void 0;
      if (!isMapping(current)) throw wrongKind("MappingNode", current);
      if (!Object.hasOwn(current, part)) return void 0;
      found = { value: current[part], holder: current, key: part };
    }
  }
  return found.value === void 0 ? void 0 : found;
}
var isNilOrEmpty = (v) => v === null || (Array.isArray(v) ? v.length === 0 : isMapping(v) && Object.keys(v).length === 0);
function selectSource(objects, selector) {
  const matches = objects.filter((o) => idsOf(o).some((id) => sourceSelects(selector, id)));
  if (matches.length > 1) fail(`multiple matches for selector ${sourceString(selector)}`);
  if (matches.length === 0) fail(`nothing selected by ${sourceString(selector)}`);
  return matches[0];
}
function getReplacement(objects, r) {
  if (r.sourceValue !== void 0 && r.source !== void 0)
    fail("value and resource selectors are mutually exclusive");
  if (r.sourceValue !== void 0) return { scalar: true, text: r.sourceValue, type: "untagged" };
  const selector = r.source;
  const source = selectSource(objects, selector);
  const fieldPath2 = selector.fieldPath || "metadata.name";
  let found;
  try {
    found = lookup(source.value, smarterPathSplitter(fieldPath2));
  } catch (e) {
    if (!(e instanceof PathError)) throw e;
    fail(`error looking up replacement source: ${e.message}`);
  }
  if (!found || isNilOrEmpty(found.value))
    fail(`fieldPath \`${fieldPath2}\` is missing for replacement source ${resIdString(selector)}`);
  return refine(selector.options, valueOf(found.value));
}
function refine(options, value) {
  if (!options || options.delimiter === "") return value;
  if (!value.scalar) fail("delimiter option can only be used with scalar nodes");
  const parts = value.text.split(options.delimiter);
  if (options.index >= parts.length || options.index < 0)
    fail(`options.index ${options.index} is out of bounds for value ${value.text}`);
  return { ...value, text: parts[options.index] };
}
function newNode(next, walk) {
  const kind = next === void 0 ? walk.create : isListIndex(next) || indexNumber(next) !== void 0 ? "sequence" : "mapping";
  return kind === "sequence" ? [] : kind === "mapping" ? {} : "";
}
function recordCreated(holder, key2, walk) {
  if (walk.detached) return;
  const child = holder[key2];
  walk.provenance.wrote(holder, key2, walk.context.origin());
  if (isContainer3(child)) walk.provenance.wroteWhole(child, walk.context.origin());
}
function step(holder, key2, rest, walk, created) {
  if (rest.length === 0) return [{ holder, key: key2, created, detached: walk.detached }];
  return match2(holder[key2], rest, walk);
}
function match2(node, path4, walk) {
  const [part, ...rest] = path4;
  if (node === null || node === void 0)
    throw new PathError(`the path goes through a null value at "${part}"`);
  const index = indexNumber(part);
  if (index !== void 0) {
    if (!Array.isArray(node)) throw wrongKind("SequenceNode", node);
    let created2 = false;
    if (node.length === index && walk.create) {
      node.push(newNode(rest[0], walk));
      recordCreated(node, index, walk);
      created2 = true;
    }
    if (node.length < index + 1)
      throw new PathError(`index ${index} specified but only ${node.length} elements found`);
    return step(node, index, rest, walk, created2);
  }
  if (isListIndex(part)) return matchListItems(node, part, rest, walk);
  if (part === "*") {
    if (!Array.isArray(node)) throw wrongKind("SequenceNode", node);
    return node.flatMap((_, i) => step(node, i, rest, walk, false));
  }
  if (part === "") throw wrongKind("ScalarNode", node);
  if (!isMapping(node)) throw wrongKind("MappingNode", node);
  let created = false;
  if (!Object.hasOwn(node, part)) {
    if (!walk.create) return [];
    node[part] = newNode(rest[0], walk);
    recordCreated(node, part, walk);
    created = true;
  }
  const child = node[part];
  if (rest.length > 0 && isScalarValue(child)) {
    const box = [parseEmbedded(scalarFieldText(child))];
    return step(box, 0, rest, { ...walk, detached: true }, false);
  }
  return step(node, part, rest, walk, created);
}
function matchListItems(node, part, rest, walk) {
  const [field, pattern] = splitIndexNameValue(part);
  if (!Array.isArray(node)) throw wrongKind("SequenceNode", node);
  let regex;
  try {
    regex = goRegExp(pattern, false);
  } catch (e) {
    throw new PathError(e.message);
  }
  const search = () => node.flatMap((item, i) => {
    if (field === "")
      return regex.test(nodeText(item)) ? [{ holder: node, key: i, created: false, detached: walk.detached }] : [];
    if (!isMapping(item) || !Object.hasOwn(item, field)) return [];
    return regex.test(nodeText(item[field])) ? step(node, i, rest, walk, false) : [];
  });
  const refs = search();
  if (refs.length > 0 || !walk.create) return refs;
  const value = resolvePlainScalar(pattern);
  node.push(field === "" ? value : { [field]: value });
  recordCreated(node, node.length - 1, walk);
  const again = search();
  if (again.length === 0)
    throw new PathError(
      `the item created for "${part}" does not match its own pattern (kustomize does not end here)`
    );
  return again;
}
function nodeText(value) {
  if (isContainer3(value)) return (0, import_yaml11.stringify)(value).trim();
  return scalarFieldText(value).trim();
}
function parseEmbedded(text4) {
  try {
    return (0, import_yaml11.parse)(text4, { maxAliasCount: 100 });
  } catch (e) {
    throw new PathError(`the value is not YAML: ${e.message}`);
  }
}
function applyReplacement(objects, r, context) {
  if (r.path !== "") {
    if (r.source !== void 0 || (r.targets?.length ?? 0) !== 0)
      fail("cannot specify both path and inline replacement");
    fail(
      `the replacements of ${r.path} were not read (the caller expands path entries with replacementsInFile)`
    );
  }
  const targets = r.targets;
  if (r.sourceValue === void 0 && r.source === void 0 || targets === void 0)
    fail("replacements must specify a source and at least one target");
  const value = getReplacement(objects, r);
  for (const target of targets) {
    if (!target.select) fail("target must specify resources to select");
    const fieldPaths = target.fieldPaths.length > 0 ? target.fieldPaths : ["metadata.name"];
    const select = compileSelector(target.select);
    const rejects = target.reject.map(compileSelector);
    for (const object2 of objects) {
      if (!isTarget(object2, target, select, rejects)) continue;
      for (const fieldPath2 of fieldPaths)
        copyValueToTarget(object2, value, fieldPath2, target.options, context);
    }
  }
}
function copyValueToTarget(object2, value, fieldPath2, options, context) {
  const create = options?.create ? kindOfValue(value) : void 0;
  const walk = { create, detached: false, provenance: object2.provenance, context };
  const parts = smarterPathSplitter(fieldPath2);
  if (writeInEmbeddedDocument(object2, value, parts, options, walk)) return;
  const what2 = `unable to find${create ? " or create" : ""} field "${fieldPath2}" in replacement target ${describe2(object2)}`;
  let refs;
  try {
    refs = match2(object2.value, parts, walk);
  } catch (e) {
    if (!(e instanceof PathError)) throw e;
    fail(`${what2}: ${e.message}`);
  }
  if (refs.length === 0) fail(what2);
  for (const ref of refs) setFieldValue(ref, value, options, walk);
  context.written.add(object2);
}
function setFieldValue(ref, value, options, walk) {
  const holder = ref.holder;
  const current = holder[ref.key];
  let v = value;
  if (options && options.delimiter !== "") {
    if (!isScalarValue(current)) fail("delimiter option can only be used with scalar nodes");
    const parts = scalarFieldText(current).split(options.delimiter);
    const text4 = textOf(value);
    if (options.index < 0) parts.unshift(text4);
    else if (options.index >= parts.length) parts.push(text4);
    else parts[options.index] = text4;
    v = { scalar: true, text: parts.join(options.delimiter), type: value.scalar ? value.type : "untagged" };
  }
  let next;
  if (isScalarValue(current)) {
    if (ref.created) next = resolvePlainScalar(textOf(v));
    else if (current === null) next = v.scalar ? typedScalar(v.type, v.text) : copyContainer(v.value, walk);
    else {
      const type = typeof current === "number" ? "number" : typeof current === "boolean" ? "boolean" : "string";
      next = typedScalar(type, textOf(v));
    }
  } else next = v.scalar ? typedScalar(v.type, v.text) : copyContainer(v.value, walk);
  holder[ref.key] = next;
  if (!ref.detached && !walk.detached) walk.provenance.wrote(ref.holder, ref.key, walk.context.origin());
}
function copyContainer(value, walk) {
  const copy = (v) => {
    if (!isContainer3(v)) return v;
    const out = Array.isArray(v) ? v.map(copy) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
    if (!walk.detached) walk.provenance.wroteWhole(out, walk.context.origin());
    return out;
  };
  return copy(value);
}
function writeInEmbeddedDocument(object2, value, parts, options, walk) {
  if (parts.length < 2) return false;
  for (let i = 1; i < parts.length; i++) {
    let found;
    try {
      found = lookup(object2.value, parts.slice(0, i));
    } catch (e) {
      if (e instanceof PathError) continue;
      throw e;
    }
    if (!found || !isScalarValue(found.value) || found.holder === void 0) continue;
    const text4 = scalarFieldText(found.value);
    let parsed;
    try {
      parsed = parseEmbedded(text4);
    } catch {
      continue;
    }
    try {
      const box = [parsed];
      const inner = { ...walk, detached: true };
      const refs = match2(box[0], parts.slice(i), inner);
      if (refs.length === 0) return false;
      for (const ref of refs) setFieldValue(ref, value, options, inner);
      const serialized = serializeEmbedded(box[0], text4);
      const holder = found.holder;
      holder[found.key] = serialized;
      walk.provenance.wrote(found.holder, found.key, walk.context.origin());
      walk.context.written.add(object2);
      return true;
    } catch (e) {
      if (e instanceof PathError || e instanceof ReplacementError) return false;
      throw e;
    }
  }
  return false;
}
function serializeEmbedded(data, original) {
  const first = original.trim()[0];
  if (first === "{" || first === "[")
    return goJson(data, original.includes("\n") && original.includes("  "), "");
  return (0, import_yaml11.stringify)(data, { indentSeq: false, lineWidth: 0 }).trim();
}
function goJson(value, pretty, indent) {
  const inner = `${indent}  `;
  const join = (items, open2, close) => items.length === 0 ? `${open2}${close}` : pretty ? `${open2}
${items.map((s) => inner + s).join(",\n")}
${indent}${close}` : `${open2}${items.join(",")}${close}`;
  if (Array.isArray(value))
    return join(
      value.map((v) => goJson(v, pretty, inner)),
      "[",
      "]"
    );
  if (isMapping(value))
    return join(
      Object.keys(value).sort().map((k) => `${goString(k)}:${pretty ? " " : ""}${goJson(value[k], pretty, inner)}`),
      "{",
      "}"
    );
  if (typeof value === "string") return goString(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new PathError(`json: unsupported value: ${value}`);
    return JSON.stringify(value);
  }
  if (typeof value === "boolean") return String(value);
  return "null";
}
function goString(s) {
  const escapes = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029"
  };
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]);
}

// src/kustomize/build.ts
function changesValues(chain) {
  return chain.some(({ kustomization: k }) => {
    const raw = k.document?.value ?? {};
    return typeof raw.namePrefix === "string" || typeof raw.nameSuffix === "string" || isRecord(raw.commonLabels) || Array.isArray(raw.labels) && raw.labels.length > 0 || Array.isArray(raw.patches) && raw.patches.length > 0 || Array.isArray(raw.patchesStrategicMerge) && raw.patchesStrategicMerge.length > 0 || Array.isArray(raw.patchesJson6902) && raw.patchesJson6902.length > 0 || Array.isArray(raw.replacements) && raw.replacements.length > 0;
  });
}
function notRenamed(kind, apiVersion) {
  return kind === "CustomResourceDefinition" || kind === "Namespace" || kind === "APIService" && apiVersion.startsWith("apiregistration.k8s.io/");
}
function builtName(kind, apiVersion, name, chain) {
  if (notRenamed(kind, apiVersion) || name === "") return name;
  let out = name;
  for (const { kustomization: k } of chain) {
    const raw = k.document?.value ?? {};
    if (typeof raw.namePrefix === "string") out = raw.namePrefix + out;
    if (typeof raw.nameSuffix === "string") out = out + raw.nameSuffix;
  }
  return out;
}
function identityOf2(value) {
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return {
    kind: typeof value.kind === "string" ? value.kind : "",
    name: typeof metadata.name === "string" ? metadata.name : "",
    ...typeof metadata.namespace === "string" && metadata.namespace !== "" ? { namespace: metadata.namespace } : {}
  };
}
var ObjectIds = class {
  constructor(source) {
    this.source = source;
    this.name = source.name;
    this.names = /* @__PURE__ */ new Set([source.name]);
    this.namespaces = /* @__PURE__ */ new Set([source.namespace ?? "default"]);
  }
  source;
  names;
  namespaces;
  name;
  /** Whether a patch document names the object by one of its ids. */
  matchedBy(patch) {
    const { kind, name, namespace } = identityOf2(patch);
    const apiVersion = typeof patch.apiVersion === "string" ? patch.apiVersion : void 0;
    return kind === this.source.kind && (apiVersion === void 0 || apiVersion === this.source.apiVersion) && this.names.has(name) && this.namespaces.has(namespace ?? "default");
  }
  /** The ids the kustomization gives the object after its patches (its namespace, prefix and suffix): the new name. */
  after(step2) {
    const raw = step2.kustomization.document?.value ?? {};
    if (typeof raw.namespace === "string" && raw.namespace !== "") this.namespaces.add(raw.namespace);
    this.name = builtName(this.source.kind, this.source.apiVersion, this.name, [step2]);
    this.names.add(this.name);
    return this.name;
  }
};
function buildObject(source, chain, context) {
  const provenance = new Provenance();
  const value = provenance.copy(source.value, source);
  let name = source.name;
  const ids = new ObjectIds(source);
  for (const step2 of chain) {
    const k = step2.kustomization;
    const document = k.document;
    if (!document) continue;
    const raw = document.value;
    for (const entry of patchEntries(step2, context)) {
      for (const doc of entry.documents) {
        if (!isRecord(doc.value) && !Array.isArray(doc.value)) continue;
        const options = {
          metadataAsStrings: entry.target !== void 0 || entry.field === "patchesStrategicMerge",
          allowNameChange: entry.options?.allowNameChange === true,
          allowKindChange: entry.options?.allowKindChange === true
        };
        if (entry.target) {
          if (!targetSelects(entry.target, source, name, value)) continue;
          if (isJsonPatch(doc.value)) applyJsonPatch(value, doc.value, provenance, doc.from);
          else if (isRecord(doc.value)) mergeOrSkip(value, doc.value, provenance, doc.from, options);
          continue;
        }
        if (entry.field === "patchesJson6902" || !isRecord(doc.value)) continue;
        const { kind, name: patchName } = identityOf2(doc.value);
        const use = recordUse(context, step2, entry, kind, patchName);
        if (!ids.matchedBy(doc.value)) continue;
        use.matched++;
        mergeOrSkip(value, doc.value, provenance, doc.from, options);
      }
    }
    const renamed = ids.after(step2);
    if (renamed !== name) {
      name = renamed;
      ensureMap(value, "metadata").name = name;
    }
    applyLabels(value, source, raw, document, provenance);
  }
  return {
    file: source.file,
    get node() {
      return source.node;
    },
    value,
    apiVersion: source.apiVersion,
    kind: source.kind,
    name,
    ...source.namespace !== void 0 ? { namespace: source.namespace } : {},
    documentIndex: source.documentIndex,
    built: { source, provenance }
  };
}
function mergeOrSkip(value, patch, provenance, from, options) {
  try {
    applyStrategicMerge(value, patch, provenance, from, options);
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
  }
}
function recordUse(context, step2, entry, kind, name) {
  const id = `${step2.dir}
${entry.field}
${entry.index}
${kind}
${name}`;
  let use = context.patchUses.get(id);
  if (!use)
    context.patchUses.set(
      id,
      use = {
        step: step2,
        entry: { field: entry.field, index: entry.index },
        kind,
        name,
        matched: 0,
        ...context.unit ? { unit: context.unit } : {}
      }
    );
  return use;
}
function patchEntries(step2, context) {
  const document = step2.kustomization.document;
  if (!document) return [];
  const cached = entriesCache.get(document);
  if (cached) return cached;
  const raw = document.value;
  const entries = [];
  const list6 = (field) => Array.isArray(raw[field]) ? raw[field] : [];
  list6("patchesStrategicMerge").forEach((p, index) => {
    if (typeof p !== "string") return;
    entries.push({
      field: "patchesStrategicMerge",
      index,
      documents: p.includes("\n") ? inline(p, document, ["patchesStrategicMerge", index]) : fromFile(step2.dir, p, context),
      path: p
    });
  });
  list6("patches").forEach((p, index) => {
    if (typeof p === "string") {
      entries.push({ field: "patches", index, documents: fromFile(step2.dir, p, context), path: p });
      return;
    }
    if (!isRecord(p)) return;
    const documents = typeof p.path === "string" ? fromFile(step2.dir, p.path, context) : typeof p.patch === "string" ? inline(p.patch, document, ["patches", index, "patch"]) : [];
    entries.push({
      field: "patches",
      index,
      documents,
      ...isRecord(p.target) ? { target: p.target } : {},
      ...typeof p.path === "string" ? { path: p.path } : {},
      ...isRecord(p.options) ? { options: p.options } : {}
    });
  });
  list6("patchesJson6902").forEach((p, index) => {
    if (!isRecord(p) || !isRecord(p.target)) return;
    const documents = typeof p.path === "string" ? fromFile(step2.dir, p.path, context) : typeof p.patch === "string" ? inline(p.patch, document, ["patchesJson6902", index, "patch"]) : [];
    entries.push({ field: "patchesJson6902", index, documents, target: p.target });
  });
  entriesCache.set(document, entries);
  return entries;
}
var entriesCache = /* @__PURE__ */ new WeakMap();
function fromFile(dir, path4, context) {
  const file = context.files.get(joinPath(dir, path4));
  if (!file) return [];
  if (file.objects.length > 0)
    return file.objects.map((object3) => ({ value: object3.value, from: { object: object3 } }));
  const document = (0, import_yaml12.parseDocument)(file.file.text);
  if (document.errors.length > 0 || !document.contents) return [];
  const object2 = {
    file: file.file,
    node: document.contents,
    value: document.toJS(),
    apiVersion: "",
    kind: "",
    name: "",
    documentIndex: 0
  };
  return [{ value: object2.value, from: { object: object2 } }];
}
function inline(text4, document, path4) {
  const origin = entryOrigin(document, path4) ?? documentOrigin(document);
  const parsed = (0, import_yaml12.parseDocument)(text4);
  if (parsed.errors.length > 0) return [];
  return [{ value: parsed.toJS(), from: { origin } }];
}
function targetSelects(target, source, name, value) {
  const [group2, version] = source.apiVersion.includes("/") ? [source.apiVersion.split("/")[0], source.apiVersion.split("/")[1]] : ["", source.apiVersion];
  const matches = (pattern, actual) => {
    if (typeof pattern !== "string" || pattern === "") return true;
    try {
      return new RegExp(`^(?:${pattern})$`).test(actual);
    } catch {
      return pattern === actual;
    }
  };
  if (!matches(target.group, group2) || !matches(target.version, version) || !matches(target.kind, source.kind))
    return false;
  if (!matches(target.name, name) && !matches(target.name, source.name)) return false;
  if (typeof target.namespace === "string" && target.namespace !== "" && source.namespace !== void 0) {
    if (!matches(target.namespace, source.namespace)) return false;
  }
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const holds = (selector, labels) => typeof selector !== "string" || selector.trim() === "" || matchesLabelSelector(selector, labels) === true;
  return holds(target.labelSelector, metadata.labels) && holds(target.annotationSelector, metadata.annotations);
}
var SELECTOR_FIELDS = [
  { path: ["spec", "selector"], create: true, kinds: ["Service", "ReplicationController"] },
  {
    path: ["spec", "selector", "matchLabels"],
    create: true,
    kinds: ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet"]
  },
  { path: ["spec", "selector", "matchLabels"], create: false, kinds: ["Job"] },
  { path: ["spec", "jobTemplate", "spec", "selector", "matchLabels"], create: false, kinds: ["CronJob"] }
];
var TEMPLATE_FIELDS = [
  {
    path: ["spec", "template", "metadata", "labels"],
    create: true,
    kinds: ["ReplicationController", "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job"]
  },
  { path: ["spec", "jobTemplate", "metadata", "labels"], create: true, kinds: ["CronJob"] },
  {
    path: ["spec", "jobTemplate", "spec", "template", "metadata", "labels"],
    create: true,
    kinds: ["CronJob"]
  }
];
var METADATA_FIELDS = [{ path: ["metadata", "labels"], create: true, kinds: [] }];
function applyLabels(value, source, raw, document, provenance) {
  const sets = [];
  if (isRecord(raw.commonLabels))
    sets.push({
      pairs: raw.commonLabels,
      fields: [...METADATA_FIELDS, ...TEMPLATE_FIELDS, ...SELECTOR_FIELDS],
      at: ["commonLabels"]
    });
  (Array.isArray(raw.labels) ? raw.labels : []).forEach((l, i) => {
    if (!isRecord(l) || !isRecord(l.pairs)) return;
    const fields = l.includeSelectors ? [...METADATA_FIELDS, ...TEMPLATE_FIELDS, ...SELECTOR_FIELDS] : l.includeTemplates ? [...METADATA_FIELDS, ...TEMPLATE_FIELDS] : METADATA_FIELDS;
    sets.push({ pairs: l.pairs, fields, at: ["labels", i, "pairs"] });
  });
  for (const { pairs, fields, at: at3 } of sets) {
    for (const field of fields) {
      if (field.kinds.length > 0 && !field.kinds.includes(source.kind)) continue;
      const setAt = entryOrigin(document, at3) ?? documentOrigin(document);
      const map2 = reach(
        value,
        field.path,
        field.create,
        (parent, key2) => provenance.wrote(parent, key2, setAt)
      );
      if (!map2) continue;
      for (const [key2, v] of Object.entries(pairs)) {
        if (v === null || v === void 0) continue;
        map2[key2] = String(v);
        provenance.wrote(map2, key2, entryOrigin(document, [...at3, key2]) ?? setAt);
      }
    }
  }
}
function reach(value, path4, create, created) {
  let current = value;
  for (const step2 of path4) {
    const next = current[step2];
    if (isRecord(next)) {
      current = next;
      continue;
    }
    if (!create || next !== void 0 && next !== null) return void 0;
    const made = {};
    current[step2] = made;
    created(current, step2);
    current = made;
  }
  return current;
}
function ensureMap(value, key2) {
  const existing = value[key2];
  if (isRecord(existing)) return existing;
  const made = {};
  value[key2] = made;
  return made;
}
function entryOrigin(document, path4) {
  let container = document.value;
  for (let i = 0; i < path4.length - 1; i++) {
    const step2 = path4[i];
    container = Array.isArray(container) ? container[step2] : isRecord(container) ? container[step2] : void 0;
  }
  if (typeof container !== "object" || container === null) return void 0;
  return sourceEntryOrigin(document, container, path4[path4.length - 1]);
}
function documentOrigin(document) {
  const first = (0, import_yaml12.isMap)(document.node) ? document.node.items[0] : void 0;
  const key2 = first && (0, import_yaml12.isScalar)(first.key) ? first.key : void 0;
  return { file: document.file, node: key2 ?? document.node };
}

// src/kustomize/name-references.ts
var SERVICE_NAME_FIELDS = [
  { kind: "StatefulSet", path: ["spec", "serviceName"] },
  { kind: "Ingress", path: ["spec", "rules", "*", "http", "paths", "*", "backend", "serviceName"] },
  { kind: "Ingress", path: ["spec", "backend", "serviceName"] },
  { kind: "Ingress", path: ["spec", "rules", "*", "http", "paths", "*", "backend", "service", "name"] },
  { kind: "Ingress", path: ["spec", "defaultBackend", "service", "name"] },
  { kind: "APIService", path: ["spec", "service", "name"] },
  { kind: "ValidatingWebhookConfiguration", path: ["webhooks", "*", "clientConfig", "service", "name"] },
  { kind: "MutatingWebhookConfiguration", path: ["webhooks", "*", "clientConfig", "service", "name"] }
];
function serviceNameReferences(kind, value) {
  const out = [];
  for (const field of SERVICE_NAME_FIELDS) {
    if (field.kind !== kind) continue;
    const walk = (current, rest, at3) => {
      if (rest.length === 0) {
        if (typeof current === "string" && current !== "") out.push({ path: at3, name: current });
        return;
      }
      const [step2, ...tail] = rest;
      if (step2 === "*") {
        if (Array.isArray(current)) current.forEach((item, i) => walk(item, tail, [...at3, i]));
      } else if (isRecord(current)) walk(current[step2], tail, [...at3, step2]);
    };
    walk(value, field.path, []);
  }
  return out;
}

// src/engine/resources.ts
var import_yaml13 = __toESM(require_dist(), 1);
function placeResources(files, defaultNamespace) {
  const { placements, hidden } = deploymentUnits(files);
  const resources = [];
  const filesByPath = new Map(files.map((f) => [f.file.path, f]));
  const placedChains = /* @__PURE__ */ new Map();
  const contexts = /* @__PURE__ */ new Map();
  const contextOf = (unit) => {
    let context = contexts.get(unit);
    if (!context) contexts.set(unit, context = { files: filesByPath, patchUses: /* @__PURE__ */ new Map(), unit });
    return context;
  };
  for (const parsed of files) {
    const placed = placements.get(parsed.file.path);
    if (!placed) continue;
    for (const object2 of parsed.objects) {
      const byNamespace = /* @__PURE__ */ new Map();
      for (const placement of placed) {
        const { namespace, source, origin } = namespaceIn(object2, placement, defaultNamespace);
        const chain = placement.chain ?? [];
        if (chain.length > 0 && isLocalConfig(object2)) continue;
        const resource = (built) => ({
          object: built,
          ref: { kind: object2.kind, namespace, name: built.name },
          namespaceSource: source,
          ...origin !== void 0 ? { namespaceOrigin: origin } : {},
          units: [placement.unit]
        });
        if (chain.length > 0 && changesValues(chain)) {
          const built = buildObject(object2, chain, contextOf(placement.unit));
          if (Object.keys(built.value).length === 0) continue;
          const fresh2 = resource(built);
          placedChains.set(fresh2, chain);
          resources.push(fresh2);
          continue;
        }
        const existing = byNamespace.get(namespace);
        if (existing) {
          existing.units.push(placement.unit);
          continue;
        }
        const fresh = resource(object2);
        byNamespace.set(namespace, fresh);
        resources.push(fresh);
      }
    }
  }
  applyBuildReplacements(resources, placedChains, filesByPath);
  fixServiceReferences(resources);
  const patchUses = [...contexts.values()].flatMap((c) => [...c.patchUses.values()]);
  return { resources, hidden, patchUses };
}
function applyBuildReplacements(resources, chains, files) {
  const byKustomization = /* @__PURE__ */ new Map();
  for (const [resource, chain] of chains) {
    if (resource.object.deferred || !resource.object.built) continue;
    chain.forEach((step2, depth2) => {
      const raw = step2.kustomization.document?.value;
      if (!raw || !Array.isArray(raw.replacements) || raw.replacements.length === 0) return;
      let entry = byKustomization.get(step2.kustomization);
      if (!entry) byKustomization.set(step2.kustomization, entry = { depth: depth2, dir: step2.dir, targets: [] });
      entry.targets.push(resource);
    });
  }
  const ordered = [...byKustomization.entries()].sort((a, b) => a[1].depth - b[1].depth);
  for (const [kustomization, { dir, targets }] of ordered) {
    const document = kustomization.document;
    const entries = document.value.replacements.flatMap(
      (entry, i) => {
        if (!isRecord(entry) || typeof entry.path !== "string") return [{ entry, i }];
        const file = files.get(joinPath(dir, entry.path));
        const inFile2 = file ? replacementsInFile(
          file.objects.length > 0 ? file.objects.map((o) => o.value) : parseFileValue(file)
        ) : [];
        return typeof inFile2 === "string" ? [] : inFile2.map((e) => ({ entry: e, i }));
      }
    );
    const built = targets.map((r) => ({
      kind: r.ref.kind,
      apiVersion: r.object.apiVersion,
      name: r.ref.name,
      namespace: r.ref.namespace,
      value: r.object.value,
      provenance: r.object.built.provenance,
      previousIds: [
        {
          kind: r.ref.kind,
          name: r.object.built.source.name,
          namespace: r.object.built.source.namespace ?? "default"
        }
      ]
    }));
    applyReplacements(
      built,
      entries.map((e) => e.entry),
      (index) => {
        const at3 = locate(document, ["replacements", entries[index].i]);
        return { file: at3.file, node: at3.value ?? at3.deepest, ...at3.key ? { key: at3.key } : {} };
      }
    );
    built.forEach((b, n) => {
      const r = targets[n];
      if (b.name !== r.ref.name) {
        r.ref = { ...r.ref, name: b.name };
        r.object.name = b.name;
      }
    });
  }
}
function parseFileValue(file) {
  try {
    return (0, import_yaml13.parse)(file.file.text);
  } catch {
    return void 0;
  }
}
function fixServiceReferences(resources) {
  const renamedServices = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const built = r.object.built;
    if (r.ref.kind !== "Service" || !built || built.source.name === r.ref.name) continue;
    for (const unit of r.units) {
      let names2 = renamedServices.get(unit);
      if (!names2) renamedServices.set(unit, names2 = /* @__PURE__ */ new Map());
      names2.set(`${r.ref.namespace}/${built.source.name}`, r.ref.name);
    }
  }
  if (renamedServices.size === 0) return;
  for (const r of resources) {
    if (r.object.deferred) continue;
    for (const { path: path4, name } of serviceNameReferences(r.ref.kind, r.object.value)) {
      const to = r.units.map((u) => renamedServices.get(u)?.get(`${r.ref.namespace}/${name}`)).find((x) => x !== void 0);
      if (to === void 0) continue;
      if (!r.object.built) r.object = buildObject(r.object, [], { files: /* @__PURE__ */ new Map(), patchUses: /* @__PURE__ */ new Map() });
      const { provenance } = r.object.built;
      const place3 = locate(r.object, path4);
      let container = r.object.value;
      for (const step2 of path4.slice(0, -1))
        container = Array.isArray(container) ? container[step2] : container[step2];
      const key2 = path4[path4.length - 1];
      container[key2] = to;
      if (place3.value)
        provenance.wrote(container, key2, {
          file: place3.file,
          node: place3.value,
          ...place3.key ? { key: place3.key } : {}
        });
    }
  }
}
var LOCAL_CONFIG = "config.kubernetes.io/local-config";
function isLocalConfig(object2) {
  if (!object2.file.text.includes(LOCAL_CONFIG)) return false;
  const metadata = object2.value.metadata;
  const annotations = isRecord(metadata) && isRecord(metadata.annotations) ? metadata.annotations : {};
  return annotations[LOCAL_CONFIG] !== void 0 && String(annotations[LOCAL_CONFIG]) !== "false";
}
function namespaceIn(object2, placement, defaultNamespace) {
  const given = (namespace) => ({
    namespace,
    source: placement.namespaceBy ?? "kustomization",
    ...placement.namespaceOrigin !== void 0 ? { origin: placement.namespaceOrigin } : {}
  });
  if (placement.namespaceOverride !== void 0 && !CLUSTER_SCOPED.has(object2.kind))
    return given(placement.namespaceOverride);
  if (object2.namespace !== void 0) return { namespace: object2.namespace, source: "explicit" };
  if (placement.namespaceDefault !== void 0) return given(placement.namespaceDefault);
  return { namespace: defaultNamespace, source: "default" };
}
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "StorageClass",
  "PriorityClass",
  "IngressClass",
  "RuntimeClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "APIService",
  "CSIDriver",
  "CSINode",
  "VolumeAttachment",
  "CertificateSigningRequest",
  "GatewayClass"
]);

// src/engine/suppress.ts
var import_yaml14 = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";

// src/version.ts
var VERSION = "0.1.0";
var HOMEPAGE = "https://github.com/kube-pairing/kube-pairing";
var ruleDocsUrl = (id) => `${HOMEPAGE}/blob/main/docs/rules/${id}.md`;

// src/engine/suggest.ts
function editDistance(a, b, limit = Infinity) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
function closestName(name, candidates) {
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue;
    const d = editDistance(name, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return tie ? void 0 : best;
}

// src/engine/suppress.ts
var UNUSED_SUPPRESSION = "unused-suppression";
var IGNORE_ANNOTATION = "kube-pairing.io/ignore";
var IGNORE_COMMENT = "kube-pairing-ignore";
var ALL_RULES_KEYWORD = "all";
var DIRECTIVE2 = /^#\s*kube-pairing-ignore(?::|(?=\s|$))/;
var ANNOTATION_PATH = ["metadata", "annotations", IGNORE_ANNOTATION];
function collectSuppressions(files, resources) {
  const refOf = /* @__PURE__ */ new Map();
  for (const r of resources) if (!refOf.has(r.object)) refOf.set(r.object, r.ref);
  const out = [];
  for (const parsed of files) {
    if (parsed.skipped) continue;
    for (const object2 of parsed.objects) {
      if (!mayCarryIgnoreAnnotation(object2)) continue;
      const annotation = annotationSuppression(object2, refOf.get(object2));
      if (annotation) out.push(annotation);
    }
    out.push(...commentSuppressions(parsed, refOf));
  }
  return out;
}
function annotationSuppression(object2, resource) {
  const value = locate(object2, ANNOTATION_PATH).value;
  if (!(0, import_yaml14.isScalar)(value) || !value.range) return void 0;
  const file = object2.file;
  const [start, end] = value.range;
  const text4 = value.value === null || value.value === void 0 ? "" : String(value.value);
  const source = file.text.slice(start, end);
  let base;
  if (source === text4) base = start;
  else if (/^["']/.test(source) && source.slice(1, -1) === text4) base = start + 1;
  const whole = file.region(start, end);
  const entries = splitIds(text4).map(({ id, index }) => ({
    id,
    region: base === void 0 ? whole : file.region(base + index, base + index + id.length)
  }));
  if (entries.length === 0) entries.push({ id: "", region: whole });
  const range = object2.node.range ?? [0, 0, 0];
  const from = file.position(range[0]);
  const to = file.position(range[2]);
  return {
    kind: "annotation",
    file,
    entries,
    object: object2,
    resource,
    scope: {
      file: file.path,
      fromLine: from.line,
      fromColumn: from.column,
      toLine: to.line,
      toColumn: to.column,
      objectOnly: true
    }
  };
}
function commentSuppressions(parsed, refOf) {
  const file = parsed.file;
  const out = [];
  if (!file.text.includes(IGNORE_COMMENT)) return out;
  let offset = 0;
  let scalarNext = false;
  for (const token of new import_yaml14.Lexer().lex(file.text)) {
    const at3 = offset;
    if (token !== import_yaml14.CST.DOCUMENT && token !== import_yaml14.CST.SCALAR && token !== import_yaml14.CST.FLOW_END) offset += token.length;
    if (scalarNext) {
      scalarNext = false;
      continue;
    }
    if (token === import_yaml14.CST.SCALAR) {
      scalarNext = true;
      continue;
    }
    if (import_yaml14.CST.tokenType(token) !== "comment") continue;
    const directive = DIRECTIVE2.exec(token);
    if (!directive) continue;
    const start = file.position(at3);
    const alone = file.lineText(start.line).slice(0, start.column - 1).trim() === "";
    let targetLine = start.line;
    if (alone) {
      targetLine = start.line + 1;
      while (targetLine <= file.lineCount && file.lineText(targetLine).trim().startsWith("#")) targetLine++;
    }
    const rest = token.slice(directive[0].length);
    const reasonAt = rest.search(/(^|\s)--(\s|$)/);
    const ids = reasonAt === -1 ? rest : rest.slice(0, reasonAt);
    const idsStart = at3 + directive[0].length;
    const entries = splitIds(ids).map(({ id, index }) => ({
      id,
      region: file.region(idsStart + index, idsStart + index + id.length)
    }));
    if (entries.length === 0) entries.push({ id: "", region: file.region(at3, at3 + token.length) });
    const object2 = objectAt(parsed, at3);
    const lineLength = file.lineText(targetLine).length;
    out.push({
      kind: "comment",
      file,
      entries,
      object: object2,
      resource: object2 ? refOf.get(object2) : void 0,
      comment: { text: token, line: start.line, column: start.column, targetLine, alone },
      scope: {
        file: file.path,
        fromLine: targetLine,
        fromColumn: 1,
        toLine: targetLine,
        toColumn: lineLength + 1,
        objectOnly: false
      }
    });
  }
  return out;
}
function objectAt(parsed, offset) {
  return parsed.objects.find((o) => o.node.range && o.node.range[0] <= offset && offset < o.node.range[2]);
}
function splitIds(text4) {
  return [...text4.matchAll(/[^\s,]+/g)].map((m) => ({ id: m[0], index: m.index ?? 0 }));
}
function covers(scope, f) {
  if (f.file !== scope.file) return false;
  if (scope.objectOnly && !f.resource) return false;
  if (!scope.objectOnly) return f.line === scope.fromLine;
  const afterStart = f.line > scope.fromLine || f.line === scope.fromLine && f.column >= scope.fromColumn;
  const beforeEnd = f.line < scope.toLine || f.line === scope.toLine && f.column <= scope.toColumn;
  return afterStart && beforeEnd;
}
var names = (entry, f) => entry.id === f.rule || entry.id === ALL_RULES_KEYWORD && f.rule !== UNUSED_SUPPRESSION;
function applySuppressions(findings, suppressions, options, aboutObject = () => void 0) {
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  const suppressed = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const s of suppressions) byFile.set(s.scope.file, [...byFile.get(s.scope.file) ?? [], s]);
  const byObject = /* @__PURE__ */ new Map();
  for (const s of suppressions)
    if (s.kind === "annotation" && s.object) byObject.set(s.object, [...byObject.get(s.object) ?? [], s]);
  for (const finding of findings) {
    let hit = false;
    const about = aboutObject(finding);
    const onObject = about === void 0 ? [] : byObject.get(about) ?? [];
    for (const s of /* @__PURE__ */ new Set([...byFile.get(finding.file) ?? [], ...onObject])) {
      if (!onObject.includes(s) && !covers(s.scope, finding)) continue;
      for (const entry of s.entries) {
        if (names(entry, finding)) {
          used.add(entry);
          hit = true;
        }
      }
    }
    (hit ? suppressed : kept).push(finding);
  }
  const unused = [];
  const seen = /* @__PURE__ */ new Map();
  for (const s of suppressions) {
    const stale = s.entries.filter((e) => !used.has(e) && judged(e, options));
    for (const entry of stale) {
      const identity2 = identityOf3(s, entry);
      const n = seen.get(identity2) ?? 0;
      seen.set(identity2, n + 1);
      unused.push({
        file: s.file.path,
        region: entry.region,
        resource: s.resource,
        message: unusedMessage(s, entry, kept, options),
        fix: stale.length === 1 ? unusedFix(s, entry, kept, options) : void 0,
        identity: `${identity2}#${n}`
      });
    }
  }
  return { kept, suppressed, unused };
}
function judged(entry, options) {
  if (entry.id === "" || entry.id === ALL_RULES_KEYWORD || !options.knownRuleIds.has(entry.id)) return true;
  return options.ranRuleIds.has(entry.id);
}
function identityOf3(s, entry) {
  const owner = s.object ? `${s.object.kind}|${s.object.namespace ?? ""}|${s.object.name}|${s.object.documentIndex}` : "";
  const where = s.kind === "annotation" ? "annotation" : `comment|${s.file.lineText(s.scope.fromLine).trim()}`;
  return `${owner}|${where}|${entry.id}`;
}
function meantRule(s, entry, kept, options) {
  const guess = closestName(entry.id, [...options.knownRuleIds, ALL_RULES_KEYWORD]);
  const present = guess !== void 0 && kept.some((f) => f.rule === guess && covers(s.scope, f));
  return { guess, present };
}
function unusedMessage(s, entry, kept, options) {
  const owner = s.resource ? `${formatResource(s.resource)}: ` : "";
  const directive = s.kind === "annotation" ? `the annotation ${IGNORE_ANNOTATION}` : `the comment \`${s.comment?.text.trim()}\` (line ${s.comment?.line})`;
  const where = s.kind === "annotation" ? "on this object" : `on line ${s.scope.fromLine}${s.comment?.alone ? " (the line it stands above)" : ""}`;
  const stale = "A suppression that silences nothing hides the next real problem there without anyone noticing";
  if (entry.id === "") {
    return `${owner}${directive} names no rule, so it suppresses nothing. Write the rule ids to silence, separated by commas (or \`${ALL_RULES_KEYWORD}\`), or remove it.`;
  }
  if (entry.id === UNUSED_SUPPRESSION) {
    return `${owner}${directive} names ${UNUSED_SUPPRESSION}, which cannot be silenced in a manifest (that would let stale suppressions rot unseen). Remove it from the suppression; to stop these reports everywhere, set \`rules: { ${UNUSED_SUPPRESSION}: off }\` in .kube-pairing.yaml.`;
  }
  if (entry.id !== ALL_RULES_KEYWORD && !options.knownRuleIds.has(entry.id)) {
    const { guess, present } = meantRule(s, entry, kept, options);
    return `${owner}${directive} names "${entry.id}", which is not a kube-pairing rule, so it suppresses nothing` + (present ? ` and the ${guess} finding ${where} is still reported` : "") + ". " + (guess ? `Did you mean \`${guess}\`? ` : "") + `The rule ids are listed in ${HOMEPAGE}/tree/main/docs/rules.`;
  }
  if (entry.id === "yaml-syntax" && s.kind === "annotation") {
    return `${owner}${directive} names yaml-syntax, but a syntax error belongs to the file, not to an object, so the annotation cannot silence it. Use a \`# ${IGNORE_COMMENT} yaml-syntax\` comment on the line of the error or the line above it, and remove yaml-syntax from the annotation.`;
  }
  const what2 = entry.id === ALL_RULES_KEYWORD ? "every rule" : entry.id;
  const none = entry.id === ALL_RULES_KEYWORD ? "no finding" : `no ${entry.id} finding`;
  const remedy = s.entries.length === 1 ? `Remove the ${s.kind === "annotation" ? "annotation" : "comment"}.` : `Remove \`${entry.id}\` from the suppression.`;
  return `${owner}${directive} suppresses ${what2}, but kube-pairing reports ${none} ${where}. ${stale}. ${remedy}`;
}
function unusedFix(s, entry, kept, options) {
  const ids = s.entries.map((e) => e.id).filter((id) => id !== "");
  let next = ids.filter((id) => id !== entry.id);
  if (entry.id !== "" && !options.knownRuleIds.has(entry.id) && entry.id !== ALL_RULES_KEYWORD) {
    const { guess, present } = meantRule(s, entry, kept, options);
    if (present && guess) next = ids.map((id) => id === entry.id ? guess : id);
  }
  return s.kind === "annotation" ? annotationFix(s, next) : commentFix(s, next);
}
function annotationFix(s, ids) {
  const object2 = s.object;
  if (!object2) return void 0;
  const file = object2.file;
  const valueNode = locate(object2, ANNOTATION_PATH).value;
  const source = valueNode?.range ? file.text.slice(valueNode.range[0], valueNode.range[1]) : "";
  if (ids.length > 0) {
    const separator = /,\s/.test(source) ? ", " : ",";
    return replaceScalarFix(object2, ANNOTATION_PATH, ids.join(separator));
  }
  const annotations = locate(object2, ["metadata", "annotations"]);
  const map2 = annotations.value;
  if (!(0, import_yaml14.isMap)(map2) || map2.flow) return void 0;
  const pair = map2.items.find(
    (p) => (0, import_yaml14.isPair)(p) && (0, import_yaml14.isScalar)(p.key) && String(p.key.value) === IGNORE_ANNOTATION
  );
  const keyNode = pair && (0, import_yaml14.isScalar)(pair.key) ? pair.key : void 0;
  if (!keyNode?.range || !valueNode?.range) return void 0;
  const first = file.position(keyNode.range[0]).line;
  const last = file.position(valueNode.range[1]).line;
  if (file.lineText(first).slice(0, file.position(keyNode.range[0]).column - 1).trim() !== "")
    return void 0;
  const keyLine = annotations.key?.range ? file.position(annotations.key.range[0]).line : void 0;
  const onlyCommentsBetween = (from, to) => {
    for (let n = from; n <= to; n++) if (!/^\s*(#.*)?$/.test(file.lineText(n))) return false;
    return true;
  };
  if (map2.items.length === 1 && keyLine !== void 0 && keyLine < first && onlyCommentsBetween(keyLine + 1, first - 1)) {
    return deleteLines(file, keyLine, last);
  }
  return deleteLines(file, first, last);
}
function commentFix(s, ids) {
  const comment = s.comment;
  if (!comment) return void 0;
  const file = s.file;
  const line = file.lineText(comment.line);
  const before = line.slice(0, comment.column - 1);
  const after = line.slice(comment.column - 1 + comment.text.length);
  if (ids.length === 0) {
    if (comment.alone) return deleteLines(file, comment.line, comment.line);
    return { line: comment.line, endLine: comment.line, replacement: before.trimEnd() + after };
  }
  const reason = /(?:^|\s)(--(?:\s.*)?)$/.exec(comment.text.slice(comment.text.indexOf(IGNORE_COMMENT)));
  const text4 = `# ${IGNORE_COMMENT} ${ids.join(", ")}${reason ? ` ${reason[1]}` : ""}`;
  return { line: comment.line, endLine: comment.line, replacement: before + text4 + after };
}
function deleteLines(file, from, to) {
  if (to < file.lineCount) return { line: from, endLine: to + 1, replacement: file.lineText(to + 1) };
  if (from > 1) return { line: from - 1, endLine: to, replacement: file.lineText(from - 1) };
  return void 0;
}
function unusedSuppressionFindings(unused, severity) {
  return unused.map((u) => {
    const finding = {
      rule: UNUSED_SUPPRESSION,
      severity,
      message: u.message,
      file: u.file,
      ...u.region,
      related: [],
      fingerprint: createHash("sha256").update(`${UNUSED_SUPPRESSION}
${u.file}
${u.identity}`).digest("hex").slice(0, 16)
    };
    if (u.resource) finding.resource = { ...u.resource };
    if (u.fix) finding.fix = u.fix;
    return finding;
  });
}
function mayCarryIgnoreAnnotation(object2) {
  if (object2.deferred) return object2.file.text.includes(IGNORE_ANNOTATION);
  const metadata = object2.value.metadata;
  const annotations = isRecord(metadata) ? metadata.annotations : void 0;
  return isRecord(annotations) && IGNORE_ANNOTATION in annotations;
}

// src/engine/analyze.ts
function analyzeParsed(files, options) {
  const defaultNamespace = options.defaultNamespace ?? "default";
  const sorted = [...files].sort(
    (a, b) => a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0
  );
  const { resources, hidden, patchUses } = placeResources(sorted, defaultNamespace);
  const index = new ResourceIndex(sorted, resources, defaultNamespace, hidden, patchUses);
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const builds = /* @__PURE__ */ new Map();
  for (const rule of options.rules) {
    const configured = options.severities?.[rule.meta.id];
    if (configured === "off") continue;
    const context = {
      index,
      report(problem2) {
        if (aboutUnknownValue(rule, problem2)) return;
        const finding = toFinding(rule, problem2, configured);
        const identity2 = `${finding.fingerprint}|${finding.line}|${finding.column}|${finding.message}`;
        if (seen.has(identity2)) return;
        seen.add(identity2);
        findings.push(finding);
        if ("resource" in problem2.target) {
          const { object: object2, units } = problem2.target.resource;
          builds.set(finding, { source: object2.built?.source ?? object2, units });
        }
      }
    };
    rule.check(context);
  }
  const ran = options.rules.filter((r) => options.severities?.[r.meta.id] !== "off");
  const merged = onceAcrossBuilds(findings, builds);
  const { kept, suppressed, unused } = applySuppressions(
    merged,
    collectSuppressions(sorted, resources),
    {
      knownRuleIds: new Set(options.knownRuleIds ?? options.rules.map((r) => r.meta.id)),
      ranRuleIds: new Set(ran.map((r) => r.meta.id))
    },
    (f) => builds.get(f)?.source
  );
  const unusedRule = ran.find((r) => r.meta.id === UNUSED_SUPPRESSION);
  if (unusedRule) {
    const configured = options.severities?.[UNUSED_SUPPRESSION];
    const severity = configured && configured !== "off" ? configured : unusedRule.meta.severity;
    kept.push(...unusedSuppressionFindings(unused, severity));
  }
  kept.sort(compareFindings);
  suppressed.sort(compareFindings);
  const skippedFiles = sorted.filter((f) => f.skipped).map((f) => ({ file: f.file.path, reason: f.skipped }));
  return {
    findings: kept,
    suppressed,
    skippedFiles,
    index,
    summary: {
      files: sorted.length,
      resources: resources.length,
      skipped: skippedFiles.length,
      suppressed: suppressed.length,
      ...countBySeverity(kept)
    }
  };
}
function aboutUnknownValue(rule, problem2) {
  const target = problem2.target;
  if (!("resource" in target)) return false;
  const { ref, object: object2 } = target.resource;
  if ((rule.meta.family === "pairing" || rule.meta.family === "workloads") && (isPlaceholder(ref.name) || isPlaceholder(ref.namespace)))
    return true;
  let value = object2.value;
  for (const step2 of target.path) {
    if (typeof step2 === "number") value = Array.isArray(value) ? value[step2] : void 0;
    else value = isRecord(value) ? value[step2] : void 0;
  }
  return typeof value === "string" && isPlaceholder(value, { allCaps: false });
}
function onceAcrossBuilds(findings, builds) {
  const groups = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const build = builds.get(f);
    if (!build) {
      out.push(f);
      continue;
    }
    if (!sources.has(build.source)) sources.set(build.source, sources.size);
    const key2 = [f.rule, f.file, f.line, f.column, f.endLine, f.endColumn, sources.get(build.source)].join(
      "|"
    );
    const group2 = groups.get(key2);
    const sameBuild = (g) => builds.get(g).units.every((u) => build.units.includes(u));
    if (group2 && !group2.some(sameBuild)) group2.push(f);
    else if (group2) out.push(f);
    else {
      groups.set(key2, [f]);
      out.push(f);
    }
  }
  return out.map((f) => {
    const build = builds.get(f);
    if (!build) return f;
    const group2 = groups.get(
      [f.rule, f.file, f.line, f.column, f.endLine, f.endColumn, sources.get(build.source)].join("|")
    );
    if (!group2 || group2.length < 2 || group2[0] !== f) return f;
    const labels = [...new Set(group2.flatMap((g) => builds.get(g).units.map((u) => u.label)))];
    if (labels.length < 2) return f;
    const once = { ...f, message: `${f.message} (Found in ${labels.length} builds: ${labels.join(", ")}.)` };
    builds.set(once, build);
    return once;
  });
}
function countBySeverity(findings) {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notices++;
  }
  return { errors, warnings, notices };
}
function reachesThreshold(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
function toFinding(rule, problem2, configured) {
  const severity = configured ?? problem2.severity ?? rule.meta.severity;
  const related2 = (problem2.related ?? []).map((r) => {
    const place3 = placeOf(r.resource.object, r.path, r.anchor);
    return { file: place3.file.path, ...place3.region, message: r.message };
  });
  const target = problem2.target;
  let file;
  let identity2;
  let finding;
  if ("resource" in target) {
    const { ref, object: object2 } = target.resource;
    const place3 = placeOf(object2, target.path, target.anchor);
    file = place3.file.path;
    identity2 = `${ref.kind}|${ref.namespace}|${ref.name}|${target.path.join(".")}`;
    finding = {
      rule: rule.meta.id,
      severity,
      message: problem2.message,
      file,
      ...place3.region,
      resource: { ...ref },
      related: related2
    };
  } else {
    file = target.file.path;
    identity2 = problem2.key === void 0 ? `${target.region.line}` : `key|${problem2.key}`;
    finding = { rule: rule.meta.id, severity, message: problem2.message, file, ...target.region, related: related2 };
  }
  if (problem2.fix && (fixFile(problem2.fix) ?? file) === file) finding.fix = problem2.fix;
  if (problem2.migration) finding.migration = problem2.migration;
  const fingerprint = createHash2("sha256").update(`${rule.meta.id}
${file}
${identity2}
${problem2.key ?? ""}`).digest("hex").slice(0, 16);
  return { ...finding, fingerprint };
}

// src/engine/load.ts
var import_fast_glob = __toESM(require_out4(), 1);
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
var DEFAULT_EXTENSIONS = ["yaml", "yml", "json"];
var DEFAULT_IGNORE = ["**/node_modules/**", "**/.git/**", "**/testdata/**"];
var DEFAULT_DIRS = {
  "**/node_modules/**": "node_modules",
  "**/.git/**": ".git",
  "**/testdata/**": "testdata"
};
var ALWAYS_PRUNED = /* @__PURE__ */ new Set(["**/node_modules/**", "**/.git/**"]);
var MAX_FILE_BYTES = 10 * 1024 * 1024;
var UsageError = class extends Error {
};
var toPosix = (p) => p.split(path.sep).join("/");
async function loadManifests(options) {
  const cwd = path.resolve(options.cwd);
  const found = /* @__PURE__ */ new Map();
  for (const pattern of options.patterns.length > 0 ? options.patterns : ["."]) {
    for (const entry of await expand(pattern, cwd, ignorePlan(pattern, options.ignore ?? [])))
      if (!found.has(entry.file)) found.set(entry.file, entry);
  }
  const skipped = [];
  const texts = [];
  const display = (file) => toPosix(path.relative(cwd, file)) || path.basename(file);
  const confinement = new Confinement(cwd);
  const placed = [...found.values()].map((entry) => ({ entry, place: confinement.place(entry) }));
  const direct = (p) => "real" in p.place && p.place.real === p.entry.file ? 0 : 1;
  placed.sort(
    (a, b) => direct(a) - direct(b) || (a.entry.file < b.entry.file ? -1 : a.entry.file > b.entry.file ? 1 : 0)
  );
  const readAs = /* @__PURE__ */ new Map();
  for (const { entry, place: place3 } of placed) {
    if ("skip" in place3) {
      skipped.push({ file: display(entry.file), reason: place3.skip });
      continue;
    }
    const same = readAs.get(place3.real);
    if (same !== void 0) {
      skipped.push({
        file: display(entry.file),
        reason: `the same file as ${same} (a symbolic link), checked once`
      });
      continue;
    }
    readAs.set(place3.real, display(entry.file));
    const outcome = readManifest(entry.file, options.maxFileBytes ?? MAX_FILE_BYTES);
    if (typeof outcome === "string") texts.push({ path: display(entry.file), text: outcome });
    else skipped.push({ file: display(entry.file), reason: outcome.skip });
  }
  texts.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { texts, skipped };
}
var entryOf = (glob) => glob.startsWith("!") ? { glob: normalizeGlob(glob.slice(1)), negated: true } : { glob: normalizeGlob(glob), negated: false };
var normalizeGlob = (glob) => toPosix(glob.trim()).replace(/^(?:\.\/)+/, "");
function ignorePlan(pattern, ignore) {
  const segments = toPosix(pattern).split("/");
  const defaults = DEFAULT_IGNORE.filter((d) => !segments.includes(DEFAULT_DIRS[d]));
  let entries = defaults.map((glob) => ({
    glob,
    negated: false,
    isDefault: true
  }));
  for (const raw of ignore) {
    const entry = entryOf(raw);
    if (entry.glob === "") continue;
    if (entry.negated) {
      entries = entries.filter((e) => e.negated || e.glob !== entry.glob);
      if (!entries.some((e) => !e.negated && !(e.isDefault && ALWAYS_PRUNED.has(e.glob)))) continue;
    }
    entries.push({ ...entry, isDefault: false });
  }
  const lastNegation = entries.map((e) => e.negated).lastIndexOf(true);
  const prune = [];
  const ordered = [];
  entries.forEach((e, i) => {
    if (!e.negated && (i > lastNegation || e.isDefault && ALWAYS_PRUNED.has(e.glob))) prune.push(e.glob);
    else ordered.push({ glob: e.glob, negated: e.negated });
  });
  return { prune, ordered: lastNegation === -1 ? [] : ordered };
}
async function expand(pattern, cwd, plan) {
  const absolute = path.resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => void 0);
  if (info?.isFile()) return [{ file: absolute, root: path.dirname(absolute), regular: false }];
  let root;
  let glob;
  if (info?.isDirectory()) {
    root = absolute;
    glob = `**/*.{${DEFAULT_EXTENSIONS.join(",")}}`;
  } else if (import_fast_glob.default.isDynamicPattern(pattern)) {
    root = cwd;
    glob = toPosix(pattern);
  } else {
    throw new UsageError(`no such file or directory: ${pattern}`);
  }
  const walk = { cwd: root, dot: true, followSymbolicLinks: false, suppressErrors: true, ignore: plan.prune };
  const entries = await (0, import_fast_glob.default)(glob, {
    ...walk,
    absolute: true,
    // Symbolic links are listed too (as links, not followed), so that none is dropped without a word.
    onlyFiles: false,
    objectMode: true
  });
  const files = entries.filter((e) => e.dirent.isFile() || e.dirent.isSymbolicLink()).map((e) => ({ file: path.resolve(e.path), root, regular: e.dirent.isFile() }));
  if (plan.ordered.length === 0) return files;
  const matches = await Promise.all(
    plan.ordered.map(async (entry) => {
      const below = entry.glob.endsWith("/**") ? [] : [`${entry.glob.replace(/\/+$/, "")}/**`];
      const paths = await (0, import_fast_glob.default)([entry.glob, ...below], { ...walk, absolute: true, onlyFiles: false });
      return new Set(paths.map((p) => path.resolve(p)));
    })
  );
  return files.filter((f) => {
    for (let i = plan.ordered.length - 1; i >= 0; i--)
      if (matches[i].has(f.file)) return plan.ordered[i].negated;
    return true;
  });
}
var OUTSIDE = "reached through a symbolic link that leads outside the checked directory (not followed)";
var Confinement = class {
  constructor(cwd) {
    this.cwd = cwd;
    this.realCwd = tryRealpath(cwd) ?? cwd;
  }
  cwd;
  realCwd;
  realDirs = /* @__PURE__ */ new Map();
  place(entry) {
    const boundary = isWithin(entry.root, this.cwd) ? this.realCwd : this.realDir(entry.root) ?? entry.root;
    let real;
    if (entry.regular) {
      const dir = this.realDir(path.dirname(entry.file));
      real = dir === void 0 ? void 0 : path.join(dir, path.basename(entry.file));
    } else {
      real = tryRealpath(entry.file);
      if (real === void 0) return { skip: "broken or looping symbolic link" };
    }
    return real !== void 0 && isWithin(real, boundary) ? { real } : { skip: OUTSIDE };
  }
  realDir(dir) {
    if (!this.realDirs.has(dir)) this.realDirs.set(dir, tryRealpath(dir));
    return this.realDirs.get(dir);
  }
};
var isWithin = (file, dir) => file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
function readManifest(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return { skip: "not a regular file" };
    const tooLarge = (size) => ({
      skip: `${(size / 1024 / 1024).toFixed(1)} MiB, larger than the ${Math.round(maxBytes / 1024 / 1024)} MiB limit for a manifest`
    });
    if (info.size > maxBytes) return tooLarge(info.size);
    const bytes = readAll(fd, info.size, maxBytes);
    if (bytes.length > maxBytes) return tooLarge(bytes.length);
    if (bytes[0] === 255 && bytes[1] === 254) return decodeText(bytes.subarray(2), "utf-16le");
    if (bytes[0] === 254 && bytes[1] === 255) return decodeText(bytes.subarray(2), "utf-16be");
    if (bytes.subarray(0, 8192).includes(0)) return { skip: "binary file (contains NUL bytes)" };
    if (isAscii(bytes)) return bytes.toString("latin1");
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { skip: "not valid UTF-8 text" };
    }
  } catch (error) {
    return { skip: `cannot be read: ${error.code ?? String(error)}` };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function decodeText(bytes, encoding) {
  try {
    const text4 = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text4.includes("\0") ? { skip: "binary file (contains NUL characters)" } : text4;
  } catch {
    return {
      skip: `not valid ${encoding.toUpperCase()} text (it starts with a ${encoding.toUpperCase()} byte-order mark)`
    };
  }
}
function tryRealpath(file) {
  try {
    return realpathSync(file);
  } catch {
    return void 0;
  }
}
function readAll(fd, size, maxBytes) {
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (; ; ) {
    if (length === buffer.length) {
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length > maxBytes) break;
  }
  return buffer.subarray(0, length);
}

// src/rules/pairing.ts
var SLICE_CONTROLLER = "endpointslice-controller.k8s.io";
var MIRRORING_CONTROLLER = "endpointslicemirroring-controller.k8s.io";
var KUBERNETES_SLICE_CONTROLLERS = [SLICE_CONTROLLER, MIRRORING_CONTROLLER];
var HEADLESS_LABEL = "service.kubernetes.io/headless";
var SERVICE_PROXY_NAME_LABEL = "service.kubernetes.io/service-proxy-name";
var SKIP_MIRROR_LABEL = "endpointslice.kubernetes.io/skip-mirror";
var LEADER_ANNOTATION = "control-plane.alpha.kubernetes.io/leader";
var ENDPOINTS_MANAGED_BY_LABEL = "endpoints.kubernetes.io/managed-by";
var ENDPOINTS_CONTROLLER = "endpoint-controller";
var MCS_SERVICE_NAME_LABEL = "multicluster.kubernetes.io/service-name";
var TRANSPORT_PROTOCOLS = /* @__PURE__ */ new Set(["TCP", "UDP", "SCTP"]);
var NAME_PATH = ["metadata", "name"];
var NAMESPACE_PATH = ["metadata", "namespace"];
var SERVICE_NAME_LABEL_PATH = ["metadata", "labels", SERVICE_NAME_LABEL];
var labelPath = (label2) => ["metadata", "labels", label2];
var annotationPath = (annotation) => ["metadata", "annotations", annotation];
function isHandWrittenSlice(slice) {
  return slice.managedBy === void 0 || !KUBERNETES_SLICE_CONTROLLERS.includes(slice.managedBy);
}
function isControllerEndpoints(endpoints) {
  return endpoints.labels[ENDPOINTS_MANAGED_BY_LABEL] === ENDPOINTS_CONTROLLER;
}
function isProxied(service) {
  return !service.headless && service.type !== "ExternalName";
}
function isApiServerService(service) {
  const { namespace, name } = service.resource.ref;
  return namespace === "default" && name === "kubernetes";
}
function sliceServiceName(slice) {
  return slice.serviceName === void 0 || slice.serviceName === "" ? void 0 : slice.serviceName;
}
function sliceNameSuggests(slice, serviceName) {
  const name = slice.resource.ref.name;
  return serviceName !== "" && (name === serviceName || name.startsWith(`${serviceName}-`));
}
function describeNamespace(resource) {
  const ns = resource.ref.namespace;
  switch (resource.namespaceSource) {
    case "explicit":
      return `namespace ${ns}`;
    case "kustomization":
      return `namespace ${ns} (given by ${resource.namespaceOrigin ?? "a kustomization.yaml"})`;
    case "gitops":
      return `namespace ${ns} (given by ${resource.namespaceOrigin ?? "the GitOps object that deploys it"})`;
    default:
      return `namespace ${ns} (not written: the default namespace is assumed)`;
  }
}
function namespaceNodePath(resource) {
  return resource.namespaceSource === "explicit" ? NAMESPACE_PATH : NAME_PATH;
}
function related(resource, path4, message2) {
  return { resource, path: path4, message: message2 ?? formatResource(resource.ref) };
}
var what = (ref) => formatResource(ref);
var BUILT_IN_GROUPS = /* @__PURE__ */ new Set([
  "",
  "apps",
  "batch",
  "extensions",
  "policy",
  "autoscaling",
  "networking.k8s.io",
  "rbac.authorization.k8s.io",
  "storage.k8s.io",
  "apiextensions.k8s.io",
  "admissionregistration.k8s.io",
  "scheduling.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "certificates.k8s.io",
  "node.k8s.io",
  "flowcontrol.apiserver.k8s.io",
  "apiregistration.k8s.io",
  "events.k8s.io",
  "resource.k8s.io",
  "gateway.networking.k8s.io",
  "kustomize.config.k8s.io"
]);
function isCustomResource(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return !BUILT_IN_GROUPS.has(slash === -1 ? "" : apiVersion.slice(0, slash));
}

// src/rules/duplicate-resource.ts
var groupOf = (apiVersion) => apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
var place2 = (r) => {
  const { file, region } = placeOf(r.object, NAME_PATH);
  return `${file.path}:${region.line}`;
};
var sourceOf = (r) => r.object.built?.source ?? r.object;
var duplicateResource = {
  meta: {
    id: "duplicate-resource",
    severity: "error",
    family: "pairing",
    summary: "The same object (kind, namespace and name) is defined twice in one file, one directory or one kustomize build: what is applied together."
  },
  check({ index, report: report2 }) {
    const first = /* @__PURE__ */ new Map();
    for (const resource of index.resources) {
      const { kind, namespace, name } = resource.ref;
      const group2 = groupOf(resource.object.apiVersion);
      if (name === "" || group2 === "kustomize.config.k8s.io") continue;
      const key2 = JSON.stringify([kind, group2, namespace, name]);
      const scopes = [
        `file:${resource.object.file.path}`,
        ...resource.units.filter((u) => u.kind === "kustomize" || u.kind === "gitops").map((u) => u.id)
      ];
      let earlier;
      let where;
      for (const scope of scopes) {
        const seen = first.get(`${key2}|${scope}`);
        if (seen && sourceOf(seen) !== sourceOf(resource) && !earlier) {
          earlier = seen;
          where = scope.startsWith("file:") ? "in one file" : `in ${resource.units.find((u) => u.id === scope)?.label ?? scope}`;
        }
        if (!seen) first.set(`${key2}|${scope}`, resource);
      }
      if (!earlier) continue;
      report2({
        target: { resource, path: NAME_PATH },
        message: `${what(resource.ref)} is defined twice ${where}: here and in ${place2(earlier)}. Applied together, the later definition silently replaces the earlier one (or fights it on every sync` + (where?.includes("kustomize build") ? "; `kustomize build` refuses the duplicate outright" : "") + "), so one of them never takes effect. Delete one of them, or rename or re-namespace one if both are needed.",
        related: [
          { resource: earlier, path: NAME_PATH, message: `first definition of ${what(earlier.ref)}` }
        ]
      });
    }
  }
};

// src/rules/empty-selector.ts
var emptySelector = {
  meta: {
    id: "empty-selector",
    severity: "warning",
    family: "pairing",
    summary: "A Service has `selector: {}`: it selects no Pods and behaves as a Service without a selector."
  },
  check({ index, report: report2 }) {
    for (const service of index.services) {
      if (!service.emptySelector || service.type === "ExternalName") continue;
      const paired = index.hasBackendObjects(service);
      report2({
        target: { resource: service.resource, path: ["spec", "selector"] },
        message: `${what(service.resource.ref)} has an empty selector \`selector: {}\`. It does not select all Pods: Kubernetes treats it exactly like no selector, so neither the endpoints controller nor the EndpointSlice controller creates endpoints for it and its backends come only from hand-written Endpoints or EndpointSlices. ` + (paired ? "Its endpoints are supplied by hand, so delete the `selector: {}` line to say what it means." : "To route to Pods, write their labels in the selector; to supply endpoints by hand, delete the `selector: {}` line and add an EndpointSlice.")
      });
    }
  }
};

// src/rules/endpoints-for-externalname-service.ts
var endpointsForExternalNameService = {
  meta: {
    id: "endpoints-for-externalname-service",
    severity: "warning",
    family: "pairing",
    summary: "An Endpoints or EndpointSlice belongs to a `type: ExternalName` Service, which never uses endpoints."
  },
  check({ index, report: report2 }) {
    const check3 = (resource, service, path4, how) => {
      if (!service || service.type !== "ExternalName") return;
      const spec = service.resource.object.value.spec;
      const externalName = typeof spec?.externalName === "string" ? spec.externalName : void 0;
      report2({
        target: { resource, path: path4 },
        message: `${what(resource.ref)} ${how} ${what(service.resource.ref)}, which is \`type: ExternalName\`${externalName ? ` (a DNS alias of ${externalName})` : ""}. An ExternalName Service is only a DNS CNAME: kube-proxy skips it and no controller or DNS server reads its endpoints, so these addresses are never used. Delete this object, or change the Service to a \`ClusterIP\` Service without a selector if these addresses should be its backends.`,
        related: [related(service.resource, ["spec", "type"], `${what(service.resource.ref)} type`)]
      });
    };
    for (const endpoints of index.endpoints)
      check3(endpoints.resource, index.serviceOfEndpoints(endpoints), NAME_PATH, "pairs with");
    for (const slice of index.slices)
      check3(
        slice.resource,
        index.serviceOfSlice(slice),
        SERVICE_NAME_LABEL_PATH,
        `is labelled \`${SERVICE_NAME_LABEL}\` for`
      );
  }
};

// src/rules/endpoints-for-selector-service.ts
var formatSelector = (selector) => Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(",");
var endpointsForSelectorService = {
  meta: {
    id: "endpoints-for-selector-service",
    severity: "error",
    family: "pairing",
    summary: "An Endpoints pairs with a Service that has a selector: the endpoints controller overwrites it and it is never mirrored."
  },
  check({ index, report: report2 }) {
    for (const endpoints of index.endpoints) {
      const service = index.serviceOfEndpoints(endpoints);
      if (!service || service.selector === null || service.type === "ExternalName") continue;
      if (isControllerEndpoints(endpoints)) continue;
      report2({
        target: { resource: endpoints.resource, path: NAME_PATH },
        message: `${what(endpoints.resource.ref)} pairs with ${what(service.resource.ref)}, which has a selector (${formatSelector(service.selector)}). For a Service with a selector the endpoints controller owns the Endpoints of that name and overwrites these addresses with the matching Pods, and the EndpointSlice mirroring controller never mirrors it, so kube-proxy never sees these addresses. To send traffic to these addresses, remove \`spec.selector\` from the Service; otherwise delete this Endpoints.`,
        related: [related(service.resource, ["spec", "selector"], `${what(service.resource.ref)} selector`)]
      });
    }
  }
};

// src/rules/endpoints-not-mirrored.ts
var endpointsNotMirrored = {
  meta: {
    id: "endpoints-not-mirrored",
    severity: "error",
    family: "pairing",
    summary: `An Endpoints for a selector-less Service carries \`${SKIP_MIRROR_LABEL}: "true"\` or the leader-election annotation, so it is never mirrored to an EndpointSlice.`
  },
  check({ index, report: report2 }) {
    for (const endpoints of index.endpoints) {
      const skip = endpoints.labels[SKIP_MIRROR_LABEL] === "true";
      const leader = Object.hasOwn(endpoints.annotations, LEADER_ANNOTATION);
      if (!skip && !leader) continue;
      const service = index.serviceOfEndpoints(endpoints);
      if (!service || service.selector !== null || service.type === "ExternalName" || isApiServerService(service))
        continue;
      if (index.slicesFor(service).length > 0) continue;
      const reason = skip ? `is labelled \`${SKIP_MIRROR_LABEL}: "true"\`` : `carries the leader-election annotation \`${LEADER_ANNOTATION}\``;
      report2({
        target: {
          resource: endpoints.resource,
          path: skip ? labelPath(SKIP_MIRROR_LABEL) : annotationPath(LEADER_ANNOTATION),
          anchor: "key"
        },
        message: `${what(endpoints.resource.ref)} ${reason}, so the EndpointSlice mirroring controller never mirrors it. kube-proxy and DNS read only EndpointSlices, and no EndpointSlice for ${what(service.resource.ref)} is among the scanned manifests, so the Service has no backends. ` + (skip ? `Remove the label (or set it to "false"), or add an EndpointSlice labelled \`kubernetes.io/service-name: ${service.resource.ref.name}\`.` : `Remove the annotation (this object is not a leader-election lock), or add an EndpointSlice labelled \`kubernetes.io/service-name: ${service.resource.ref.name}\`.`),
        related: [related(service.resource, ["metadata", "name"])]
      });
    }
  }
};

// src/engine/workloads.ts
var CORE = (v) => v === "v1";
var APPS = (v) => v.startsWith("apps/") || v.startsWith("extensions/");
var BATCH = (v) => v.startsWith("batch/");
var WORKLOAD_KINDS = {
  Pod: { templatePath: [], apiVersion: CORE },
  ReplicationController: { templatePath: ["spec", "template"], apiVersion: CORE },
  Deployment: { templatePath: ["spec", "template"], apiVersion: APPS },
  ReplicaSet: { templatePath: ["spec", "template"], apiVersion: APPS },
  StatefulSet: { templatePath: ["spec", "template"], apiVersion: APPS },
  DaemonSet: { templatePath: ["spec", "template"], apiVersion: APPS },
  Job: { templatePath: ["spec", "template"], apiVersion: BATCH },
  CronJob: { templatePath: ["spec", "jobTemplate", "spec", "template"], apiVersion: BATCH }
};
var NOT_WORKLOADS = /* @__PURE__ */ new Set(["PodTemplate", "Service", "Endpoints", "EndpointSlice", "List"]);
var list2 = (v) => Array.isArray(v) ? v : [];
var record3 = (v) => isRecord(v) ? v : {};
var text2 = (v) => v === void 0 || v === null ? "" : String(v);
function at(value, path4) {
  let current = value;
  for (const step2 of path4) {
    if (typeof step2 === "number") current = Array.isArray(current) ? current[step2] : void 0;
    else current = isRecord(current) ? current[step2] : void 0;
  }
  return current;
}
function stringMap3(v) {
  const out = {};
  for (const [k, val] of Object.entries(record3(v)))
    if (val !== null && val !== void 0) out[k] = String(val);
  return out;
}
function templatePathOf(resource) {
  const { kind, apiVersion } = resource.object;
  const known = WORKLOAD_KINDS[kind];
  if (known) return known.apiVersion(apiVersion) ? known.templatePath : void 0;
  if (NOT_WORKLOADS.has(kind) || !apiVersion.includes("/") || resource.object.deferred) return void 0;
  return Array.isArray(at(resource.object.value, ["spec", "template", "spec", "containers"])) ? ["spec", "template"] : void 0;
}
function podTemplateView(resource) {
  const templatePath = templatePathOf(resource);
  if (templatePath === void 0) return void 0;
  const value = resource.object.value;
  const template = at(value, templatePath);
  if (!isRecord(template)) return void 0;
  const labelsPath = [...templatePath, "metadata", "labels"];
  const labelsValue = at(value, labelsPath);
  const podSpecPath = [...templatePath, "spec"];
  const podSpec = record3(at(value, podSpecPath));
  const ports = [];
  const initPorts = [];
  const collect = (containersKey) => {
    list2(podSpec[containersKey]).forEach((c, i) => {
      if (!isRecord(c)) return;
      const into = containersKey === "initContainers" && c.restartPolicy !== "Always" ? initPorts : ports;
      const portsPath = [...podSpecPath, containersKey, i, "ports"];
      list2(c.ports).forEach((p, j) => {
        if (!isRecord(p)) return;
        into.push({
          path: [...portsPath, j],
          portsPath,
          containerName: text2(c.name),
          name: text2(p.name),
          protocol: p.protocol === void 0 || p.protocol === null ? "TCP" : String(p.protocol),
          protocolExplicit: p.protocol !== void 0 && p.protocol !== null,
          containerPort: p.containerPort
        });
      });
    });
  };
  collect("containers");
  collect("initContainers");
  const view = {
    resource,
    templatePath,
    labelsPath,
    labels: stringMap3(labelsValue),
    labelsWritten: isRecord(labelsValue),
    containersPath: [...podSpecPath, "containers"],
    ports,
    initPorts
  };
  const selector = workloadSelector(resource);
  if (selector) view.selector = selector;
  return view;
}
function workloadSelector(resource) {
  const { kind, apiVersion, value } = resource.object;
  const spec = record3(value.spec);
  const path4 = ["spec", "selector"];
  const written = isRecord(spec.selector);
  if (kind === "ReplicationController") {
    const requirements2 = Object.entries(stringMap3(spec.selector)).map(([key2, v]) => ({
      path: [...path4, key2],
      key: key2,
      operator: "Equals",
      values: [v]
    }));
    return { path: path4, written, form: "map", requirements: requirements2, unknownOperator: false, required: false };
  }
  const apps = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"].includes(kind);
  const job = kind === "Job" && spec.manualSelector === true;
  if (!apps && !job) return void 0;
  const selector = record3(spec.selector);
  const requirements = Object.entries(stringMap3(selector.matchLabels)).map(
    ([key2, v]) => ({
      path: [...path4, "matchLabels", key2],
      key: key2,
      operator: "Equals",
      values: [v]
    })
  );
  let unknownOperator = false;
  list2(selector.matchExpressions).forEach((e, i) => {
    if (!isRecord(e)) return;
    const operator = text2(e.operator);
    if (!["In", "NotIn", "Exists", "DoesNotExist"].includes(operator)) {
      unknownOperator = true;
      return;
    }
    requirements.push({
      path: [...path4, "matchExpressions", i],
      key: text2(e.key),
      operator,
      values: list2(e.values).map(text2)
    });
  });
  return {
    path: path4,
    written,
    form: "labelSelector",
    requirements,
    unknownOperator,
    required: apps && apiVersion === "apps/v1"
  };
}
function requirementMatches(r, labels) {
  const has = Object.hasOwn(labels, r.key);
  switch (r.operator) {
    case "Equals":
    case "In":
      return has && r.values.includes(labels[r.key]);
    case "NotIn":
      return !has || !r.values.includes(labels[r.key]);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
  }
}
var DIGITS = /^\d+$/;
var ANY = () => true;
var CONTROLLER_LABELS = {
  Deployment: { "pod-template-hash": ANY },
  StatefulSet: {
    "controller-revision-hash": ANY,
    "statefulset.kubernetes.io/pod-name": (v, name) => v.startsWith(`${name}-`) && DIGITS.test(v.slice(name.length + 1)),
    "apps.kubernetes.io/pod-index": (v) => DIGITS.test(v)
  },
  DaemonSet: { "controller-revision-hash": ANY, "pod-template-generation": ANY },
  Job: {
    "controller-uid": ANY,
    "batch.kubernetes.io/controller-uid": ANY,
    "job-name": (v, name) => v === name,
    "batch.kubernetes.io/job-name": (v, name) => v === name,
    "batch.kubernetes.io/job-completion-index": (v) => DIGITS.test(v)
  },
  CronJob: {
    "controller-uid": ANY,
    "batch.kubernetes.io/controller-uid": ANY,
    "job-name": (v, name) => v.startsWith(`${name}-`),
    "batch.kubernetes.io/job-name": (v, name) => v.startsWith(`${name}-`),
    "batch.kubernetes.io/job-completion-index": (v) => DIGITS.test(v)
  }
};
var CONTROLLER_KEYS = new Set(
  Object.values(CONTROLLER_LABELS).flatMap((labels) => Object.keys(labels))
);
var labelKey = (namespace, key2, value) => `${namespace}
${key2}=${value}`;
function push2(map2, key2, value) {
  const list6 = map2.get(key2);
  if (list6) list6.push(value);
  else map2.set(key2, [value]);
}
function podHasLabel(template, key2, value) {
  if (Object.hasOwn(template.labels, key2)) return template.labels[key2] === value;
  const added = CONTROLLER_LABELS[template.resource.object.kind]?.[key2];
  return added !== void 0 && added(value, template.resource.ref.name);
}
function selectorSelects(selector, template) {
  return Object.entries(selector).every(([k, v]) => podHasLabel(template, k, v));
}
var portToken = (number) => new RegExp(`(^|[^0-9])${number}($|[^0-9])`);
function configMapsOf(template) {
  const spec = record3(at(template.resource.object.value, [...template.templatePath, "spec"]));
  const names2 = [];
  for (const v of list2(spec.volumes).filter(isRecord)) {
    names2.push(record3(v.configMap).name);
    for (const source of list2(record3(v.projected).sources).filter(isRecord))
      names2.push(record3(source.configMap).name);
  }
  for (const c of [...list2(spec.containers), ...list2(spec.initContainers)].filter(isRecord))
    for (const from of list2(c.envFrom).filter(isRecord)) names2.push(record3(from.configMapRef).name);
  return names2.filter((n) => typeof n === "string" && n !== "");
}
var WorkloadIndex = class {
  constructor(index) {
    this.index = index;
    const templates = [];
    for (const resource of index.resources) {
      const view = podTemplateView(resource);
      if (!view) continue;
      templates.push(view);
      const ns = resource.ref.namespace;
      push2(this.byNamespace, ns, view);
      for (const [k, v] of Object.entries(view.labels)) push2(this.byLabel, labelKey(ns, k, v), view);
    }
    this.templates = templates;
  }
  index;
  templates;
  byNamespace = /* @__PURE__ */ new Map();
  /** `namespace \n key=value` -> the templates of the namespace whose Pods carry that label as written. */
  byLabel = /* @__PURE__ */ new Map();
  /**
   * The templates of a namespace a Service selector selects, anywhere in the scan: looked up through the
   * least common written label of the selector (a controller-added label, such as `pod-template-hash`, is
   * never written: a selector of those only is matched against every template of the namespace).
   * Complexity: the candidates of one label, not every template of the namespace.
   */
  matching(namespace, selector) {
    let candidates;
    for (const [k, v] of Object.entries(selector)) {
      if (CONTROLLER_KEYS.has(k)) continue;
      const withLabel = this.byLabel.get(labelKey(namespace, k, v)) ?? [];
      if (!candidates || withLabel.length < candidates.length) candidates = withLabel;
      if (candidates.length === 0) return [];
    }
    return (candidates ?? this.in(namespace)).filter((t) => selectorSelects(selector, t));
  }
  selected;
  /** Whether some Service of its namespace, anywhere in the scan, selects the template (computed once). */
  isSelected(template) {
    if (!this.selected) {
      this.selected = /* @__PURE__ */ new Set();
      for (const service of this.index.services) {
        const selector = service.selector;
        if (selector === null || Object.keys(selector).length === 0) continue;
        for (const t of this.matching(service.resource.ref.namespace, selector)) this.selected.add(t);
      }
    }
    return this.selected.has(template);
  }
  /** The Pod templates of a namespace, anywhere in the scan. */
  in(namespace) {
    return this.byNamespace.get(namespace) ?? [];
  }
  /** The Pod templates of its namespace deployed with `from`, or on its line of directories (ResourceIndex.near). */
  near(from, namespace = from.ref.namespace) {
    return this.index.near(from, this.in(namespace));
  }
  /**
   * Whether the Pods listen on a port number they do not declare: their containers name it (`--port=18080`, a
   * probe), or a ConfigMap they read does (a config file's `endpoint: 0.0.0.0:5317`).
   */
  listensOn = (template, number) => {
    if (mentionsPort(template, number)) return true;
    const token = portToken(number);
    const { namespace } = template.resource.ref;
    return configMapsOf(template).some(
      (name) => this.configMaps(namespace, name, template.resource).some((data) => token.test(data))
    );
  };
  configMapTexts;
  /** The data of the ConfigMaps of that name a Pod template may read (deployed with it, else anywhere). */
  configMaps(namespace, name, from) {
    if (!this.configMapTexts) {
      this.configMapTexts = /* @__PURE__ */ new Map();
      for (const r of this.index.resources) {
        if (r.ref.kind !== "ConfigMap" || r.object.apiVersion !== "v1") continue;
        const k = `${r.ref.namespace}/${r.ref.name}`;
        const found = this.configMapTexts.get(k);
        if (found) found.push(r);
        else this.configMapTexts.set(k, [r]);
      }
    }
    const candidates = this.configMapTexts.get(`${namespace}/${name}`) ?? [];
    const near = this.index.nearest(
      from,
      candidates.map((resource) => ({ resource }))
    );
    return (near.length > 0 ? near.map((c) => c.resource) : candidates).flatMap(
      (r) => Object.values(record3(r.object.value.data)).filter((v) => typeof v === "string")
    );
  }
  /** The Pod templates a Service selects and pairs with: in its namespace and near it, every selector label present. */
  selectedBy(service) {
    const selector = service.selector;
    if (selector === null) return [];
    return this.index.nearest(service.resource, this.matching(service.resource.ref.namespace, selector));
  }
};
var cache = /* @__PURE__ */ new WeakMap();
function workloadIndex(index) {
  let workloads = cache.get(index);
  if (!workloads) cache.set(index, workloads = new WorkloadIndex(index));
  return workloads;
}
function formatLabels(labels) {
  const entries = Object.entries(labels);
  return entries.length === 0 ? "(none)" : entries.map(([k, v]) => `${k}=${v}`).join(", ");
}
function targetOf(port) {
  return port.targetPort === void 0 ? { value: port.port, path: [...port.path, "port"], written: false } : { value: port.targetPort, path: [...port.path, "targetPort"], written: true };
}
function resolveTargetPort(port, template, listensOn = mentionsPort) {
  const { value } = targetOf(port);
  if (isPlaceholder(value)) return { kind: "ok" };
  if (typeof value === "string") {
    if (value === "" || /^\d+$/.test(value)) return { kind: "ok" };
    const named2 = template.ports.filter((p) => p.name === value);
    if (named2.some((p) => p.protocol === port.protocol)) return { kind: "ok" };
    return named2.length > 0 ? { kind: "name-protocol", name: value, ports: named2 } : { kind: "no-such-name", name: value };
  }
  if (typeof value !== "number" || !Number.isInteger(value)) return { kind: "ok" };
  const declared = template.ports.filter((p) => typeof p.containerPort === "number");
  if (declared.length === 0) return { kind: "ok" };
  const same = declared.filter((p) => p.containerPort === value);
  if (same.some((p) => p.protocol === port.protocol)) return { kind: "ok" };
  if (same.length > 0) return { kind: "number-protocol", number: value, ports: same };
  return listensOn(template, value) ? { kind: "ok" } : { kind: "undeclared-number", number: value };
}
function mentionsPort(template, number) {
  const token = portToken(number);
  const spec = record3(at(template.resource.object.value, [...template.templatePath, "spec"]));
  const containers = [
    ...list2(spec.containers),
    ...list2(spec.initContainers).filter((c) => isRecord(c) && c.restartPolicy === "Always")
  ].filter(isRecord);
  return containers.some((c) => {
    const words = [
      ...list2(c.command),
      ...list2(c.args),
      ...list2(c.env).map((e) => isRecord(e) ? e.value : void 0)
    ].filter((w) => typeof w === "string");
    if (words.some((w) => token.test(w))) return true;
    return ["livenessProbe", "readinessProbe", "startupProbe"].some((probe) => {
      const p = record3(c[probe]);
      return ["httpGet", "tcpSocket", "grpc"].some((how) => record3(p[how]).port === number);
    });
  });
}
function podTemplateRelated(t) {
  const who = formatResource(t.resource.ref);
  const portLists2 = [...new Map(t.ports.map((p) => [p.portsPath.join("."), p.portsPath])).values()];
  return [
    { resource: t.resource, path: t.labelsPath, message: `${who} Pod labels (selected by the Service)` },
    ...portLists2.length > 0 ? portLists2.map((path4) => ({ resource: t.resource, path: path4, message: `${who} container ports` })) : [{ resource: t.resource, path: t.containersPath, message: `${who} containers (no ports declared)` }]
  ];
}

// src/rules/endpoints-without-service.ts
var endpointsWithoutService = {
  meta: {
    id: "endpoints-without-service",
    severity: "error",
    family: "pairing",
    summary: "An Endpoints has no Service of the same name in its namespace (nor in any other).",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const endpoints of index.endpoints) {
      const { namespace, name } = endpoints.resource.ref;
      if (name === "") continue;
      const renamed = index.renamedFrom(endpoints.resource, namespace, name);
      if (renamed && !index.pairedService(endpoints.resource, namespace, name)) {
        const what3 = formatResource(endpoints.resource.ref);
        report2({
          target: { resource: endpoints.resource, path: ["metadata", "name"] },
          message: `${what3} is named ${name}, but its kustomize build renames Service ${name} to ${renamed.resource.ref.name} (namePrefix / nameSuffix of a kustomization this Endpoints is not under). An Endpoints only reaches traffic when a Service with exactly the same name and namespace exists, so these addresses never receive traffic. Put the Endpoints under the kustomization that renames the Service, so that it is renamed alike, or name it ${renamed.resource.ref.name}.`,
          related: [
            {
              resource: renamed.resource,
              path: ["metadata", "name"],
              message: `${formatResource(renamed.resource.ref)}, renamed by the build`
            }
          ]
        });
        continue;
      }
      if (index.service(namespace, name)) continue;
      if (index.near(endpoints.resource, index.servicesNamed(name)).length > 0) continue;
      if (glusterfsEndpoints(index).has(`${namespace}/${name}`)) continue;
      const candidates = index.servicesFor(endpoints.resource, namespace);
      const suggestion = closestName(
        name,
        candidates.map((s) => s.resource.ref.name)
      );
      if (!suggestion && index.hiddenIn(namespace, endpoints.resource).length > 0) continue;
      const suggested = candidates.find((s) => s.resource.ref.name === suggestion);
      const what2 = formatResource(endpoints.resource.ref);
      report2({
        target: { resource: endpoints.resource, path: ["metadata", "name"] },
        message: `${what2} has no Service named ${name} in namespace ${namespace}. An Endpoints only reaches traffic when a Service with exactly the same name and namespace exists (the EndpointSlice mirroring controller mirrors nothing else), so these addresses never receive traffic. ` + (suggested ? `Did you mean \`${suggestion}\`? Rename the Endpoints to match ${formatResource(suggested.resource.ref)}.` : `Rename it to the name of its Service, or add a Service ${namespace}/${name} without a selector.`),
        related: suggested ? [
          {
            resource: suggested.resource,
            path: ["metadata", "name"],
            message: formatResource(suggested.resource.ref)
          }
        ] : [],
        fix: suggestion ? replaceScalarFix(endpoints.resource.object, ["metadata", "name"], suggestion) : void 0
      });
    }
  }
};
var glusterfsCache = /* @__PURE__ */ new WeakMap();
function glusterfsEndpoints(index) {
  let names2 = glusterfsCache.get(index);
  if (names2) return names2;
  names2 = /* @__PURE__ */ new Set();
  for (const t of workloadIndex(index).templates) {
    const volumes = volumesOf(t);
    for (const v of volumes) {
      const endpoints = isRecord(v) && isRecord(v.glusterfs) ? v.glusterfs.endpoints : void 0;
      if (typeof endpoints === "string") names2.add(`${t.resource.ref.namespace}/${endpoints}`);
    }
  }
  glusterfsCache.set(index, names2);
  return names2;
}
function volumesOf(t) {
  let spec = t.resource.object.value;
  for (const step2 of [...t.templatePath, "spec", "volumes"])
    spec = isRecord(spec) ? spec[step2] : void 0;
  return Array.isArray(spec) ? spec : [];
}

// src/rules/pairing-namespace-mismatch.ts
var pairingNamespaceMismatch = {
  meta: {
    id: "pairing-namespace-mismatch",
    severity: "error",
    family: "pairing",
    summary: "An Endpoints or EndpointSlice has no Service in its namespace, but a Service of that name exists in another namespace."
  },
  check(context) {
    const { index } = context;
    for (const endpoints of index.endpoints) {
      const { namespace, name } = endpoints.resource.ref;
      if (name === "" || index.service(namespace, name)) continue;
      const elsewhere = index.near(endpoints.resource, index.servicesNamed(name));
      if (elsewhere.length === 0) continue;
      report(
        context,
        endpoints.resource,
        name,
        elsewhere,
        namespaceNodePath(endpoints.resource),
        "Endpoints"
      );
    }
    for (const slice of index.slices) {
      const serviceName = sliceServiceName(slice);
      if (serviceName === void 0 || index.service(slice.resource.ref.namespace, serviceName)) continue;
      const elsewhere = index.near(slice.resource, index.servicesNamed(serviceName));
      if (elsewhere.length === 0) continue;
      const path4 = slice.resource.namespaceSource === "explicit" ? NAMESPACE_PATH : SERVICE_NAME_LABEL_PATH;
      report(context, slice.resource, serviceName, elsewhere, path4, "EndpointSlice");
    }
  }
};
function report({ report: report2 }, resource, serviceName, elsewhere, path4, kind) {
  const { namespace } = resource.ref;
  const services = elsewhere.map((s) => s.resource);
  const implicit = [resource, ...services].filter((r) => r.namespaceSource === "default");
  const namespaces = [...new Set(services.map((s) => s.ref.namespace))];
  const target = namespaces.length === 1 ? `namespace ${namespaces[0]}` : `one of the namespaces ${namespaces.join(", ")}`;
  const pairsBy = kind === "Endpoints" ? "An Endpoints pairs only with the Service of the same name in its own namespace (the EndpointSlice mirroring controller looks nowhere else)" : "An EndpointSlice belongs only to the Service its kubernetes.io/service-name label names in the slice’s own namespace (kube-proxy looks nowhere else)";
  const hint = implicit.length > 0 ? ` The namespace of ${implicit.map((r) => what(r.ref)).join(" and ")} is not written, so it depends on how the manifests are applied (for example \`kubectl apply -n\`); write \`namespace:\` explicitly to be sure.` : "";
  report2({
    target: { resource, path: path4 },
    severity: implicit.length > 0 ? "warning" : "error",
    message: `${what(resource.ref)} is in ${describeNamespace(resource)}, but no Service ${serviceName} exists there: ${services.length === 1 ? "the only one is" : "the Services of that name are"} ${services.map((s) => s.namespaceSource === "explicit" ? what(s.ref) : `${what(s.ref)} (${describeNamespace(s)})`).join(", ")}. ${pairsBy}, so these addresses never receive the Service’s traffic. Put the ${kind} in ${target} (${resource.namespaceSource === "explicit" || resource.namespaceSource === "default" ? "`metadata.namespace`" : `the namespace ${resource.namespaceOrigin ?? "its kustomization.yaml"} gives it`}), or move the Service to namespace ${namespace}.` + hint,
    related: services.map(
      (s) => related(
        s,
        namespaceNodePath(s),
        s.namespaceSource === "explicit" ? what(s.ref) : `${what(s.ref)}, ${describeNamespace(s)}`
      )
    )
  });
}

// src/rules/proxy-excluded-label.ts
var proxyExcludedLabel = {
  meta: {
    id: "proxy-excluded-label",
    severity: "error",
    family: "pairing",
    summary: `An Endpoints or EndpointSlice of a proxied Service carries \`${HEADLESS_LABEL}\` (or \`${SERVICE_PROXY_NAME_LABEL}\`), so kube-proxy never sees it.`
  },
  check(context) {
    const { index } = context;
    for (const endpoints of index.endpoints) {
      const service = index.serviceOfEndpoints(endpoints);
      if (!service || service.selector !== null || isControllerEndpoints(endpoints)) continue;
      check(context, endpoints.resource, endpoints.labels, service, "Endpoints");
    }
    for (const slice of index.slices) {
      const service = index.serviceOfSlice(slice);
      if (!service || !isHandWrittenSlice(slice)) continue;
      check(context, slice.resource, slice.labels, service, "EndpointSlice");
    }
  }
};
function check({ report: report2 }, resource, labels, service, kind) {
  if (!isProxied(service)) return;
  const serviceLabels = labelsOf(service.resource);
  if (serviceLabels[SERVICE_PROXY_NAME_LABEL] !== void 0) return;
  const reaches2 = kind === "Endpoints" ? "The mirroring controller copies every label of an Endpoints to the EndpointSlices it makes, and kube-proxy watches only EndpointSlices without this label" : "kube-proxy watches only EndpointSlices without this label";
  if (Object.hasOwn(labels, HEADLESS_LABEL)) {
    report2({
      target: { resource, path: labelPath(HEADLESS_LABEL), anchor: "key" },
      message: `${what(resource.ref)} carries the label \`${HEADLESS_LABEL}\`, but ${what(service.resource.ref)} is not headless. ${reaches2}, so the Service gets none of these endpoints and has no backends. Remove the label: the control plane sets it itself, only for Services with \`clusterIP: None\`.`,
      related: [related(service.resource, ["metadata", "name"])]
    });
  }
  const proxyName = labels[SERVICE_PROXY_NAME_LABEL];
  if (proxyName !== void 0) {
    report2({
      target: { resource, path: labelPath(SERVICE_PROXY_NAME_LABEL), anchor: "key" },
      severity: "warning",
      message: `${what(resource.ref)} carries the label \`${SERVICE_PROXY_NAME_LABEL}: ${proxyName}\`, but ${what(service.resource.ref)} does not. ${reaches2}, so kube-proxy programs the Service without these endpoints (only the proxy named ${proxyName} would use them). Remove the label, or put the same label on the Service if the proxy ${proxyName} should handle the whole Service.`,
      related: [related(service.resource, ["metadata", "name"])]
    });
  }
}

// src/rules/service-without-endpoints.ts
var serviceWithoutEndpoints = {
  meta: {
    id: "service-without-endpoints",
    severity: "warning",
    family: "pairing",
    summary: "A Service without a selector (and not ExternalName) has no Endpoints and no EndpointSlice among the scanned manifests."
  },
  check({ index, report: report2 }) {
    const strays = [];
    for (const endpoints of index.endpoints) {
      if (endpoints.resource.ref.name !== "" && !index.serviceOfEndpoints(endpoints))
        strays.push({
          resource: endpoints.resource,
          name: endpoints.resource.ref.name,
          path: NAME_PATH,
          describe: what(endpoints.resource.ref)
        });
    }
    for (const slice of index.slices) {
      const name = sliceServiceName(slice);
      if (name !== void 0 && !index.serviceOfSlice(slice))
        strays.push({
          resource: slice.resource,
          name,
          path: SERVICE_NAME_LABEL_PATH,
          describe: `${what(slice.resource.ref)} (labelled \`${SERVICE_NAME_LABEL}: ${name}\`)`
        });
    }
    for (const service of index.services) {
      const { namespace, name } = service.resource.ref;
      if (name === "" || service.selector !== null || service.type === "ExternalName") continue;
      if (isApiServerService(service)) continue;
      if (index.hasBackendObjects(service) || index.hiddenIn(namespace, service.resource).length > 0)
        continue;
      const nearStrays = index.near(service.resource, strays);
      const sameName = nearStrays.filter((s) => s.name === name && s.resource.ref.namespace !== namespace);
      const local = nearStrays.filter((s) => s.resource.ref.namespace === namespace);
      const close = closestName(
        name,
        local.map((s) => s.name)
      );
      const typo = close === void 0 ? [] : local.filter((s) => s.name === close);
      const unlabelled = index.near(
        service.resource,
        index.slices.filter(
          (s) => s.resource.ref.namespace === namespace && sliceServiceName(s) === void 0 && sliceNameSuggests(s, name)
        )
      );
      const hints = [];
      const list6 = (items) => items.map((s) => s.describe).join(", ");
      if (typo.length > 0)
        hints.push(
          `${list6(typo)} looks like it was meant for this Service: change \`${close}\` to \`${name}\`.`
        );
      if (unlabelled.length > 0)
        hints.push(
          `${unlabelled.map((s) => what(s.resource.ref)).join(", ")} looks like it was meant for this Service but has no \`${SERVICE_NAME_LABEL}\` label: add \`${SERVICE_NAME_LABEL}: ${name}\`.`
        );
      if (sameName.length > 0)
        hints.push(
          `${list6(sameName)} names this Service but is in another namespace: move it to namespace ${namespace}.`
        );
      report2({
        target: { resource: service.resource, path: NAME_PATH },
        message: `${what(service.resource.ref)} has no selector${service.emptySelector ? " (`selector: {}` selects nothing)" : ""} and no Endpoints or EndpointSlice for it among the scanned manifests. Without a selector no controller creates endpoints for it, so it has no backends: connections to it are refused or time out. ` + (hints.length > 0 ? hints.join(" ") : `Add an EndpointSlice labelled \`kubernetes.io/service-name: ${name}\` in namespace ${namespace} (or an Endpoints named ${name}), or give the Service a selector.`),
        related: [
          ...typo.map((s) => related(s.resource, s.path)),
          ...unlabelled.map((s) => related(s.resource, NAME_PATH)),
          ...sameName.map(
            (s) => related(s.resource, s.resource.namespaceSource === "explicit" ? NAMESPACE_PATH : s.path)
          )
        ]
      });
    }
  }
};

// src/rules/slice-for-selector-service.ts
var sliceForSelectorService = {
  meta: {
    id: "slice-for-selector-service",
    severity: "warning",
    family: "pairing",
    summary: "A hand-written EndpointSlice targets a Service that has a selector: its endpoints are added beside the selected Pods."
  },
  check({ index, report: report2 }) {
    for (const slice of index.slices) {
      if (!isHandWrittenSlice(slice)) continue;
      const service = index.serviceOfSlice(slice);
      if (!service || service.selector === null || service.type === "ExternalName") continue;
      const manager = slice.managedBy === void 0 ? `no \`${MANAGED_BY_LABEL}\` label` : `\`${MANAGED_BY_LABEL}: ${slice.managedBy}\``;
      report2({
        target: { resource: slice.resource, path: SERVICE_NAME_LABEL_PATH },
        message: `${what(slice.resource.ref)} (${manager}) is labelled \`${SERVICE_NAME_LABEL}: ${service.resource.ref.name}\`, but ${what(service.resource.ref)} has a selector. The EndpointSlice controller manages only its own slices and leaves this one alone, and kube-proxy and DNS merge every slice of the Service, so these endpoints receive traffic beside the Pods the selector picks. If the Service should route only to these endpoints, remove its \`spec.selector\`; if only to its Pods, delete this slice.`,
        related: [related(service.resource, ["spec", "selector"], `${what(service.resource.ref)} selector`)]
      });
    }
  }
};

// src/rules/slice-missing-service-label.ts
var LABELS_PATH = ["metadata", "labels"];
var sliceMissingServiceLabel = {
  meta: {
    id: "slice-missing-service-label",
    severity: "error",
    family: "pairing",
    summary: `An EndpointSlice has no (or an empty) \`${SERVICE_NAME_LABEL}\` label, so it belongs to no Service.`,
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const slice of index.slices) {
      if (slice.serviceName !== void 0 && slice.serviceName !== "") continue;
      if (slice.labels[MCS_SERVICE_NAME_LABEL] !== void 0) continue;
      const { object: object2, ref } = slice.resource;
      const empty = slice.serviceName === "";
      const labelsWritten = locate(object2, LABELS_PATH).depth === LABELS_PATH.length;
      const meant = index.servicesIn(ref.namespace).filter((s) => sliceNameSuggests(slice, s.resource.ref.name)).sort((a, b) => b.resource.ref.name.length - a.resource.ref.name.length)[0];
      const meantName = meant?.resource.ref.name;
      report2({
        target: empty ? { resource: slice.resource, path: SERVICE_NAME_LABEL_PATH } : labelsWritten ? { resource: slice.resource, path: LABELS_PATH, anchor: "key" } : { resource: slice.resource, path: NAME_PATH },
        message: `${what(ref)} ${empty ? `has an empty \`${SERVICE_NAME_LABEL}\` label` : `has no \`${SERVICE_NAME_LABEL}\` label`}. kube-proxy and DNS attach a slice to a Service only through this label (the slice’s own name does not count), so these endpoints belong to no Service and never receive traffic. ` + (meant ? `Its name suggests ${what(meant.resource.ref)}: add the label \`${SERVICE_NAME_LABEL}: ${meantName}\`.` : `Add the label \`${SERVICE_NAME_LABEL}: <service name>\` naming the Service in namespace ${ref.namespace} it serves.`),
        related: meant ? [related(meant.resource, NAME_PATH)] : [],
        fix: meantName === void 0 ? void 0 : empty ? replaceScalarFix(object2, SERVICE_NAME_LABEL_PATH, meantName) : prependEntryFix(object2, LABELS_PATH, SERVICE_NAME_LABEL, meantName)
      });
    }
  }
};

// src/rules/slice-without-service.ts
var sliceWithoutService = {
  meta: {
    id: "slice-without-service",
    severity: "error",
    family: "pairing",
    summary: `An EndpointSlice's \`${SERVICE_NAME_LABEL}\` label names no Service in its namespace (nor in any other).`,
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const slice of index.slices) {
      const serviceName = sliceServiceName(slice);
      if (serviceName === void 0) continue;
      const { namespace } = slice.resource.ref;
      const renamed = index.renamedFrom(slice.resource, namespace, serviceName);
      if (renamed && !index.pairedService(slice.resource, namespace, serviceName)) {
        report2({
          target: { resource: slice.resource, path: SERVICE_NAME_LABEL_PATH },
          message: `${what(slice.resource.ref)} is labelled \`${SERVICE_NAME_LABEL}: ${serviceName}\`, but its kustomize build renames that Service to ${renamed.resource.ref.name} (namePrefix / nameSuffix) and leaves this label as written: kustomize rewrites some references to a renamed Service, never this label. kube-proxy and DNS attach a slice only to the Service its label names, so these endpoints receive no traffic. Label the slice with the built name \`${renamed.resource.ref.name}\` where the prefix is added (a patch or a \`labels\` entry of that kustomization), or drop the prefix.`,
          related: [
            related(renamed.resource, NAME_PATH, `${what(renamed.resource.ref)}, renamed by the build`)
          ]
        });
        continue;
      }
      if (index.service(namespace, serviceName)) continue;
      if (index.near(slice.resource, index.servicesNamed(serviceName)).length > 0) continue;
      const candidates = index.servicesFor(slice.resource, namespace);
      const suggestion = closestName(
        serviceName,
        candidates.map((s) => s.resource.ref.name)
      );
      if (!suggestion && index.hiddenIn(namespace, slice.resource).length > 0) continue;
      const suggested = candidates.find((s) => s.resource.ref.name === suggestion);
      report2({
        target: { resource: slice.resource, path: SERVICE_NAME_LABEL_PATH },
        message: `${what(slice.resource.ref)} is labelled \`${SERVICE_NAME_LABEL}: ${serviceName}\`, but there is no Service ${serviceName} in namespace ${namespace}. kube-proxy and DNS attach a slice only to the Service this label names in the slice’s own namespace, so these endpoints receive no traffic. ` + (suggested ? `Did you mean \`${suggestion}\`? Change the label to name ${what(suggested.resource.ref)}.` : `Correct the label to the name of its Service, or add a Service ${namespace}/${serviceName} without a selector.`),
        related: suggested ? [related(suggested.resource, NAME_PATH)] : [],
        fix: suggestion ? replaceScalarFix(slice.resource.object, SERVICE_NAME_LABEL_PATH, suggestion) : void 0
      });
    }
  }
};

// src/rules/endpoint-ip-is-cluster-ip.ts
import { isIPv6 } from "node:net";
var endpointIpIsClusterIp = {
  meta: {
    id: "endpoint-ip-is-cluster-ip",
    severity: "warning",
    family: "pairing",
    summary: "An endpoint IP is the cluster IP of a scanned Service: kube-proxy cannot forward to a virtual IP."
  },
  check(context) {
    const { index } = context;
    const clusterIPs = /* @__PURE__ */ new Map();
    for (const service of index.services) {
      for (const { ip, path: path4 } of service.clusterIPs) {
        const key2 = normalizeIP(ip);
        if (key2 === void 0) continue;
        const list6 = clusterIPs.get(key2) ?? [];
        list6.push({ service, path: path4 });
        clusterIPs.set(key2, list6);
      }
    }
    if (clusterIPs.size === 0) return;
    for (const endpoints of index.endpoints) {
      endpoints.subsets.forEach((subset, i) => {
        for (const address of [...subset.addresses, ...subset.notReadyAddresses]) {
          check2(
            context,
            clusterIPs,
            endpoints.resource,
            endpoints.resource.ref.name,
            `subset ${i + 1}`,
            address
          );
        }
      });
    }
    for (const slice of index.slices) {
      slice.endpoints.forEach((endpoint, i) => {
        for (const address of endpoint.addresses) {
          check2(context, clusterIPs, slice.resource, slice.serviceName, `endpoint ${i + 1}`, address);
        }
      });
    }
  }
};
function check2({ report: report2 }, clusterIPs, resource, ownerName, where, address) {
  if (typeof address.ip !== "string") return;
  const key2 = normalizeIP(address.ip);
  const owners = (key2 === void 0 ? void 0 : clusterIPs.get(key2))?.filter(
    (o) => nearness(resource, o.service.resource) !== void 0
  );
  if (!owners || owners.length === 0) return;
  const what2 = formatResource(resource.ref);
  for (const { service, path: path4 } of owners) {
    const svc = formatResource(service.resource.ref);
    const { namespace, name } = service.resource.ref;
    const loop = namespace === resource.ref.namespace && name === ownerName;
    report2({
      target: { resource, path: address.ipPath },
      message: `${what2} ${where} address ${address.ip} is the cluster IP of ${svc}${loop ? ", the Service it belongs to" : ""}: a cluster IP is a virtual address that exists only as forwarding rules on each node, and kube-proxy does not support a virtual IP as a destination, so connections sent to this endpoint are not forwarded again and fail. ` + (loop ? "Put the real backend addresses here." : `Put the addresses of the backends of ${svc} here, or replace this pair with a Service of \`type: ExternalName\` and \`externalName: ${name}.${namespace}.svc.cluster.local\`.`),
      related: [{ resource: service.resource, path: path4, message: `${svc} cluster IP` }],
      key: `${namespace}/${name}`
    });
  }
}
function normalizeIP(text4) {
  const value = text4.trim();
  const v4 = parseIPv4(value);
  if (v4) return v4.join(".");
  if (value.includes("%") || !isIPv6(value)) return void 0;
  const groups = ipv6Groups(value);
  if (!groups) return void 0;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 65535) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  }
  return groups.map((g) => g.toString(16)).join(":");
}
function parseIPv4(value) {
  const match3 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(value);
  if (!match3) return void 0;
  const octets = match3.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : void 0;
}
function ipv6Groups(value) {
  const expand2 = (part) => {
    if (part === "") return [];
    return part.split(":").flatMap((g) => {
      const v4 = g.includes(".") ? parseIPv4(g) : void 0;
      if (v4) return [(v4[0] ?? 0) << 8 | (v4[1] ?? 0), (v4[2] ?? 0) << 8 | (v4[3] ?? 0)];
      return [parseInt(g, 16)];
    });
  };
  const [head = "", tail] = value.split("::");
  const first = expand2(head);
  if (tail === void 0) return first.length === 8 ? first : void 0;
  const last = expand2(tail);
  const zeros = 8 - first.length - last.length;
  return zeros < 0 ? void 0 : [...first, ...Array(zeros).fill(0), ...last];
}

// src/engine/ports.ts
var MIRRORING_CONTROLLER2 = "endpointslicemirroring-controller.k8s.io";
function portNumber(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
  return void 0;
}
function describePort(port) {
  const number = portNumber(port.port) ?? String(port.port ?? "?");
  const detail = `${number}/${port.protocol}`;
  return port.name === "" ? `port ${detail}` : `port \`${port.name}\` (${detail})`;
}
function expectedNumbers(port) {
  const numbers = [];
  const target = portNumber(port.targetPort);
  if (target !== void 0) numbers.push(target);
  const own2 = portNumber(port.port);
  if (own2 !== void 0 && !numbers.includes(own2)) numbers.push(own2);
  return numbers;
}
function pairedGroups(index) {
  const groups = /* @__PURE__ */ new Map();
  const add = (service, group2) => {
    if (!service || service.type === "ExternalName") return;
    const list6 = groups.get(service);
    if (list6) list6.push(group2);
    else groups.set(service, [group2]);
  };
  for (const endpoints of index.endpoints) {
    const service = index.serviceOfEndpoints(endpoints);
    if (!service || service.selector !== null) continue;
    endpoints.subsets.forEach((subset, i) => {
      add(service, {
        resource: endpoints.resource,
        group: subset,
        label: `${kindAndName(endpoints.resource)} subset ${i + 1}`,
        addressCount: subset.addresses.length + subset.notReadyAddresses.length
      });
    });
  }
  for (const slice of index.slices) {
    if (slice.serviceName === void 0) continue;
    if (slice.addressType === "FQDN") continue;
    if (slice.managedBy === MIRRORING_CONTROLLER2) continue;
    add(index.serviceOfSlice(slice), {
      resource: slice.resource,
      group: slice.group,
      label: kindAndName(slice.resource),
      addressCount: slice.group.addresses.length
    });
  }
  return groups;
}
var kindAndName = (r) => `${r.ref.kind} ${r.ref.namespace}/${r.ref.name}`;
function compareServicePorts(service, groups) {
  const firstPass = groups.map((paired) => pairByNameAndNumber(service.ports, paired));
  const served = /* @__PURE__ */ new Set();
  const accountedFor = /* @__PURE__ */ new Set();
  for (const { comparison } of firstPass) {
    for (const m of comparison.matched) {
      served.add(m.service);
      accountedFor.add(m.service);
    }
    for (const m of comparison.protocolMismatches) accountedFor.add(m.service);
    for (const m of comparison.nameMismatches) accountedFor.add(m.service);
  }
  return {
    service,
    groups: firstPass.map((pass) => finishGroup(pass, accountedFor)),
    served
  };
}
var samePortName = (s, e) => s.name === e.name && s.protocol === e.protocol;
function pairByNameAndNumber(servicePorts, paired) {
  const endpointPorts2 = paired.group.ports;
  const comparison = {
    paired,
    portless: endpointPorts2.length === 0,
    matched: [],
    protocolMismatches: [],
    nameMismatches: [],
    unused: []
  };
  const claimed = /* @__PURE__ */ new Set();
  const left = [];
  if (comparison.portless) return { comparison, claimed, left };
  const unmatched = [];
  for (const s of servicePorts) {
    const partners = endpointPorts2.filter((e) => samePortName(s, e));
    for (const e of partners) {
      comparison.matched.push({ service: s, endpoint: e });
      claimed.add(e);
    }
    if (partners.length === 0) unmatched.push(s);
  }
  const toAnchorByNumber = [];
  for (const s of unmatched) {
    const e = endpointPorts2.find((p) => !claimed.has(p) && p.name === s.name);
    if (e) {
      comparison.protocolMismatches.push({ service: s, endpoint: e });
      claimed.add(e);
    } else {
      toAnchorByNumber.push(s);
    }
  }
  for (const s of toAnchorByNumber) {
    const anchor = numberAnchor(s, endpointPorts2, claimed);
    if (anchor) {
      comparison.nameMismatches.push({ service: s, anchor, anchorBy: "number" });
      claimed.add(anchor);
    } else {
      left.push(s);
    }
  }
  return { comparison, claimed, left };
}
function finishGroup({ comparison, claimed, left }, accountedFor) {
  if (comparison.portless) return comparison;
  const leftovers = left.filter((s) => !accountedFor.has(s));
  const free = comparison.paired.group.ports.filter((e) => !claimed.has(e));
  if (leftovers.length === 1 && free.length === 1) {
    const anchor = free[0];
    comparison.nameMismatches.push({ service: leftovers[0], anchor, anchorBy: "elimination" });
    claimed.add(anchor);
  } else {
    for (const s of leftovers) comparison.nameMismatches.push({ service: s });
  }
  comparison.unused = comparison.paired.group.ports.filter((e) => !claimed.has(e));
  return comparison;
}
function numberAnchor(s, endpointPorts2, claimed) {
  for (const n of expectedNumbers(s)) {
    const candidates = endpointPorts2.filter((e) => !claimed.has(e) && portNumber(e.port) === n);
    const found = candidates.find((e) => e.protocol === s.protocol) ?? candidates[0];
    if (found) return found;
  }
  return void 0;
}
function serviceComparisons(index) {
  const groups = pairedGroups(index);
  return index.services.filter((service) => service.type !== "ExternalName").map((service) => compareServicePorts(service, groups.get(service) ?? []));
}
var portNamePath = (port) => [...port.path, "name"];
var portProtocolPath = (port) => [...port.path, "protocol"];

// src/rules/endpoint-port-unused.ts
var endpointPortUnused = {
  meta: {
    id: "endpoint-port-unused",
    severity: "warning",
    family: "pairing",
    summary: "An endpoint port whose (name, protocol) matches no port of the paired Service."
  },
  check({ index, report: report2 }) {
    for (const { service, groups } of serviceComparisons(index)) {
      if (service.headless) continue;
      const svc = formatResource(service.resource.ref);
      const servicePorts = service.ports.length === 0 ? "it declares none" : `it declares ${service.ports.map(describePort).join(", ")}`;
      const portsWritten = locate(service.resource.object, ["spec", "ports"]).depth === 2;
      for (const { paired, unused } of groups) {
        for (const e of unused) {
          const namePath = portNamePath(e);
          const named2 = e.name !== "" && locate(paired.resource.object, namePath).depth === namePath.length;
          report2({
            target: { resource: paired.resource, path: named2 ? namePath : e.path },
            message: `${paired.label} ${describePort(e)} matches no port of ${svc} (${servicePorts}): kube-proxy builds forwarding rules only for the (name, protocol) pairs the Service declares, so nothing is ever forwarded to this port. Add a ${e.protocol} port ${e.name === "" ? "without a name" : `named \`${e.name}\``} to the Service, or rename this port after the Service port it serves, or remove it.`,
            related: [
              {
                resource: service.resource,
                path: portsWritten ? ["spec", "ports"] : ["metadata", "name"],
                anchor: portsWritten ? "key" : void 0,
                message: `${svc} ports`
              }
            ],
            key: `${e.name}/${e.protocol}`
          });
        }
      }
    }
  }
};

// src/rules/endpoints-without-ports.ts
var endpointsWithoutPorts = {
  meta: {
    id: "endpoints-without-ports",
    severity: "error",
    family: "pairing",
    summary: "An Endpoints subset or EndpointSlice paired with a non-headless Service has no ports."
  },
  check({ index, report: report2 }) {
    for (const { service, groups } of serviceComparisons(index)) {
      if (service.headless) continue;
      const svc = formatResource(service.resource.ref);
      const wanted = service.ports.length === 0 ? "the ports its clients use" : `the ports the Service forwards to (${service.ports.map(describePort).join(", ")})`;
      for (const { paired, portless } of groups) {
        if (!portless || paired.addressCount === 0) continue;
        const addresses = paired.addressCount === 1 ? "its address never receives" : `its ${paired.addressCount} addresses never receive`;
        const target = targetOf2(paired);
        report2({
          target: { resource: paired.resource, ...target },
          message: `${paired.label} has no ports, but ${svc} is not headless: kube-proxy builds its forwarding rules per (port name, protocol) from the endpoint ports and skips endpoints without any (pkg/proxy/endpointslicecache.go), so ${addresses} traffic. Add ${wanted}, each with the same name and protocol as on the Service.`,
          related: [
            {
              resource: service.resource,
              path: service.ports.length > 0 ? ["spec", "ports"] : ["metadata", "name"],
              anchor: service.ports.length > 0 ? "key" : void 0,
              message: `${svc} ports`
            }
          ]
        });
      }
    }
  }
};
function targetOf2(paired) {
  const object2 = paired.resource.object;
  const portsPath = paired.group.portsPath;
  if (locate(object2, portsPath).depth === portsPath.length) return { path: portsPath, anchor: "key" };
  if (paired.group.path.length > 0) return { path: paired.group.path };
  return { path: ["endpoints"], anchor: "key" };
}

// src/rules/schema/formats.ts
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var IANA_SVC_NAME_CHARS = /^[-a-z0-9]+$/;
function dns1123LabelProblem(value) {
  if (value.length > 63) return `is ${value.length} characters long (at most 63)`;
  if (DNS1123_LABEL.test(value)) return void 0;
  if (value.includes(".")) return "contains '.' (a DNS label is a single name without dots)";
  return charsetProblem(value) ?? "must start and end with a lower-case letter or digit";
}
function dns1123SubdomainProblem(value) {
  if (value.length > 253) return `is ${value.length} characters long (at most 253)`;
  if (DNS1123_SUBDOMAIN.test(value)) return void 0;
  const outside = [...value].find((c) => !/[a-z0-9.-]/.test(c));
  if (outside !== void 0) return describeChar(outside);
  return "must be dot-separated parts that each start and end with a lower-case letter or digit";
}
function dns1035LabelProblem(value) {
  if (value.length > 63) return `is ${value.length} characters long (at most 63)`;
  if (DNS1035_LABEL.test(value)) return void 0;
  if (value.includes(".")) return "contains '.' (it must be a single DNS label)";
  const chars = charsetProblem(value);
  if (chars) return chars;
  if (/^[0-9]/.test(value)) return "starts with a digit (it must start with a lower-case letter)";
  return "must start with a lower-case letter and end with a lower-case letter or digit";
}
function ianaServiceNameProblem(value) {
  if (value.length > 15) return `is ${value.length} characters long (at most 15)`;
  if (!IANA_SVC_NAME_CHARS.test(value)) return charsetProblem(value) ?? "may only contain a-z, 0-9 and -";
  if (!/[a-z]/.test(value)) return "has no letter (a port name needs at least one a-z)";
  if (value.includes("--")) return "contains '--' (consecutive hyphens)";
  if (value.startsWith("-") || value.endsWith("-")) return "starts or ends with '-'";
  return void 0;
}
function charsetProblem(value) {
  const outside = [...value].find((c) => !/[a-z0-9-]/.test(c));
  return outside === void 0 ? void 0 : describeChar(outside);
}
function describeChar(c) {
  if (/[A-Z]/.test(c)) return "contains upper-case letters (only lower-case is allowed)";
  if (c === " ") return "contains a space";
  return `contains ${JSON.stringify(c)} (only a-z, 0-9 and '-' are allowed)`;
}
function lowerCaseFix(value, problem2) {
  const lower = value.toLowerCase();
  return lower !== value && problem2(lower) === void 0 ? lower : void 0;
}

// src/rules/port-name-mismatch.ts
var PAIRING = "kube-proxy pairs Service ports with endpoint ports by name and protocol, exactly, and an unnamed port pairs only with an unnamed one";
var portNameMismatch = {
  meta: {
    id: "port-name-mismatch",
    severity: "error",
    family: "pairing",
    summary: "A Service port has no endpoint port of the same name in a paired Endpoints subset or EndpointSlice.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const comparison of serviceComparisons(index)) {
      for (const group2 of comparison.groups) {
        for (const mismatch of group2.nameMismatches) report2(problem(comparison, group2, mismatch));
      }
    }
  }
};
function problem({ service, served }, group2, mismatch) {
  const { paired } = group2;
  const svc = formatResource(service.resource.ref);
  const s = mismatch.service;
  const consequence = service.headless ? `${svc} is headless, so kube-proxy forwards nothing, but DNS SRV records and the ingress controllers and meshes that pair ports the same way miss this port` : `so Service port ${label(s)} gets no backends from these addresses` + (served.has(s) ? "" : " and, as no other endpoints serve it, connections to it fail");
  const related2 = [{ resource: service.resource, path: s.path, message: `${svc} ${describePort(s)}` }];
  const serviceNamePath = [...s.path, "name"];
  if (s.name !== "" && placeOf(service.resource.object, serviceNamePath).file !== placeOf(service.resource.object, s.path).file)
    related2.push({
      resource: service.resource,
      path: serviceNamePath,
      message: `${svc} port name \`${s.name}\`, written by a kustomize patch`
    });
  const severity = service.headless ? "warning" : void 0;
  const key2 = `${s.name}/${s.protocol}`;
  const anchor = mismatch.anchor;
  if (!anchor) {
    const wanted = s.name === "" ? `an unnamed ${s.protocol} port` : `a ${s.protocol} port named \`${s.name}\``;
    return {
      target: { resource: paired.resource, path: paired.group.portsPath, anchor: "key" },
      message: `${paired.label} has no port matching ${svc} ${describePort(s)}: it needs ${wanted}. ${PAIRING}, ${consequence}. Add ${s.name === "" ? "an unnamed port" : `a port named \`${s.name}\``} with the backend's port number to these ports, or rename the port meant for it.`,
      related: related2,
      severity,
      key: key2
    };
  }
  const object2 = paired.resource.object;
  const namePath = portNamePath(anchor);
  const nameWritten = locate(object2, namePath).depth === namePath.length;
  const target = { resource: paired.resource, path: nameWritten ? namePath : anchor.path };
  const numbersDiffer = mismatch.anchorBy === "elimination" && !numberFits(s, anchor);
  const numberNote = numbersDiffer ? ` Its number also differs from the Service port's target (${expected(s)}): check which number is right.` : "";
  const head = `${paired.label} ${describePort(anchor)}`;
  if (s.name === "") {
    return {
      target,
      message: `${head} is named but ${svc} ${describePort(s)} is unnamed: ${PAIRING}, ${consequence}. Remove the endpoint port's name, or name the Service port \`${anchor.name}\`.${numberNote}`,
      related: related2,
      severity,
      key: key2
    };
  }
  const fix = numbersDiffer || dns1123LabelProblem(s.name) !== void 0 || isPlaceholder(s.name) ? void 0 : nameWritten ? replaceScalarFix(object2, namePath, s.name) : prependEntryFix(object2, anchor.path, "name", s.name);
  const what2 = anchor.name === "" ? `${head} is unnamed but ${svc} ${describePort(s)} is named` : `${head} does not match the name of ${svc} ${describePort(s)}`;
  return {
    target,
    message: `${what2}: ${PAIRING}, ${consequence}. ${anchor.name === "" ? "Name" : "Rename"} the endpoint port \`${s.name}\`.${numberNote}`,
    related: related2,
    severity,
    fix,
    key: key2
  };
}
var label = (p) => p.name === "" ? `${portNumber(p.port) ?? "?"}/${p.protocol}` : `\`${p.name}\``;
function expected(s) {
  return String(portNumber(s.targetPort) ?? portNumber(s.port) ?? "?");
}
function numberFits(s, e) {
  const n = portNumber(e.port);
  return n !== void 0 && (n === portNumber(s.targetPort) || n === portNumber(s.port));
}

// src/rules/port-protocol-mismatch.ts
var portProtocolMismatch = {
  meta: {
    id: "port-protocol-mismatch",
    severity: "error",
    family: "pairing",
    summary: "A Service port and an endpoint port have the same name but different protocols (a missing protocol is TCP).",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const { service, groups } of serviceComparisons(index)) {
      const svc = formatResource(service.resource.ref);
      for (const { paired, protocolMismatches } of groups) {
        for (const { service: s, endpoint: e } of protocolMismatches) {
          if (!TRANSPORT_PROTOCOLS.has(s.protocol) || !TRANSPORT_PROTOCOLS.has(e.protocol)) continue;
          const object2 = paired.resource.object;
          const protocolPath = portProtocolPath(e);
          const written = locate(object2, protocolPath).depth === protocolPath.length;
          const endpointSide = written ? `is ${e.protocol}` : "has no protocol, so it is TCP,";
          const consequence = service.headless ? `${svc} is headless, so kube-proxy forwards nothing, but DNS SRV records and the ingress controllers and meshes that pair ports the same way see a ${e.protocol} port where the Service declares ${s.protocol}` : `so the ${s.protocol} Service port gets no backends from these addresses and the ${e.protocol} endpoint port is never used`;
          const portName2 = s.name === "" ? "unnamed port" : `port \`${s.name}\``;
          report2({
            target: { resource: paired.resource, path: written ? protocolPath : e.path },
            message: `${paired.label} ${describePort(e)} ${endpointSide} but ${svc} ${portName2} is ${s.protocol}: kube-proxy pairs Service ports with endpoint ports by name and protocol, ${consequence}. Set the endpoint port's protocol to ${s.protocol}, or, if ${e.protocol} is right, the Service port's.`,
            related: [{ resource: service.resource, path: s.path, message: `${svc} ${describePort(s)}` }],
            severity: service.headless ? "warning" : void 0,
            fix: written ? replaceScalarFix(object2, protocolPath, s.protocol) : prependEntryFix(object2, e.path, "protocol", s.protocol),
            key: `${s.name}/${s.protocol}`
          });
        }
      }
    }
  }
};

// src/rules/slice-address-type-unusable.ts
var sliceAddressTypeUnusable = {
  meta: {
    id: "slice-address-type-unusable",
    severity: "error",
    family: "pairing",
    summary: "An EndpointSlice with `addressType: FQDN` belongs to a Service that kube-proxy proxies."
  },
  check({ index, report: report2 }) {
    for (const slice of index.slices) {
      if (slice.addressType !== "FQDN") continue;
      const service = slice.serviceName === void 0 ? void 0 : index.serviceOfSlice(slice);
      if (!service || !isProxied(service)) continue;
      const what2 = formatResource(slice.resource.ref);
      const svc = formatResource(service.resource.ref);
      const first = slice.endpoints[0]?.addresses[0]?.ip;
      const example = typeof first === "string" && first !== "" ? first : "db.example.com";
      report2({
        target: { resource: slice.resource, path: ["addressType"] },
        message: `${what2} has \`addressType: FQDN\` but belongs to ${svc}, which kube-proxy proxies: kube-proxy reads only IPv4 and IPv6 slices and drops FQDN slices unread (pkg/proxy/endpointschangetracker.go), so these names never receive the Service's traffic. To send the Service to a DNS name, make it \`type: ExternalName\` with \`externalName: ${example}\`; to keep a cluster IP, resolve the names and list the addresses in an IPv4 or IPv6 slice.`,
        related: [{ resource: service.resource, path: ["metadata", "name"], message: svc }]
      });
    }
  }
};

// src/rules/slice-reserved-managed-by.ts
var sliceReservedManagedBy = {
  meta: {
    id: "slice-reserved-managed-by",
    severity: "error",
    family: "pairing",
    summary: "A hand-written EndpointSlice claims to be managed by one of Kubernetes' own EndpointSlice controllers."
  },
  check({ index, report: report2 }) {
    for (const slice of index.slices) {
      const manager = slice.managedBy;
      if (manager !== MIRRORING_CONTROLLER && manager !== SLICE_CONTROLLER) continue;
      if (ownedBy(slice, manager === MIRRORING_CONTROLLER ? "Endpoints" : "Service")) continue;
      const what2 = formatResource(slice.resource.ref);
      const label2 = `\`${MANAGED_BY_LABEL}: ${manager}\``;
      const service = slice.serviceName === void 0 ? void 0 : index.serviceOfSlice(slice);
      const related2 = service ? [
        {
          resource: service.resource,
          path: ["metadata", "name"],
          message: formatResource(service.resource.ref)
        }
      ] : [];
      const ownValue = "a value that names your own tool, such as `manifests.example.com`";
      if (manager === MIRRORING_CONTROLLER) {
        const endpoints = service ? index.endpointsFor(service)[0] : void 0;
        if (endpoints) {
          related2.push({
            resource: endpoints.resource,
            path: ["metadata", "name"],
            message: formatResource(endpoints.resource.ref)
          });
        }
        report2({
          target: { resource: slice.resource, path: labelPath(MANAGED_BY_LABEL) },
          message: `${what2} carries ${label2}, the label of the slices the EndpointSlice mirroring controller writes from an Endpoints. That controller lists every slice with this label and the service-name label and reconciles them against the Endpoints of the same name: when there is no such Endpoints, the Service has a selector, or the Endpoints is not mirrored, it deletes the slice; otherwise it overwrites or deletes it to match the Endpoints (pkg/controller/endpointslicemirroring). This slice will not keep what is written here. Set the label to ${ownValue}, or drop the slice and keep only the Endpoints.`,
          related: related2
        });
        continue;
      }
      const selected = service !== void 0 && service.selector !== null && service.type !== "ExternalName";
      report2({
        target: { resource: slice.resource, path: labelPath(MANAGED_BY_LABEL) },
        severity: selected ? "error" : "warning",
        message: `${what2} carries ${label2}, the label of the slices the EndpointSlice controller generates from the Pods a Service selects. For a Service with a selector, that controller reconciles every slice with this label and the service-name label against the selected Pods, rewriting or deleting the rest; it leaves the slices of selector-less Services alone (pkg/controller/endpointslice \`syncService\`). ` + (selected ? `${formatResource(service.resource.ref)} has a selector, so this slice will be replaced by the controller's own. ` : "The slice survives only while its Service has no selector. ") + `Set the label to ${ownValue}.`,
        related: related2
      });
    }
  }
};
function ownedBy(slice, kind) {
  const metadata = slice.resource.object.value.metadata;
  const owners = isRecord(metadata) && Array.isArray(metadata.ownerReferences) ? metadata.ownerReferences : [];
  return owners.some((o) => isRecord(o) && o.kind === kind && o.controller === true);
}

// src/rules/target-port-ignored.ts
var targetPortIgnored = {
  meta: {
    id: "target-port-ignored",
    severity: "warning",
    family: "pairing",
    summary: "A selector-less Service sets a targetPort that has no effect: it differs from the paired endpoint port, or names a port.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const comparison of serviceComparisons(index)) {
      if (comparison.service.selector !== null) continue;
      for (const port of comparison.service.ports) {
        if (port.targetPort === void 0) continue;
        const problem2 = comparison.service.headless ? headlessProblem(comparison, port) : proxiedProblem(comparison, port);
        if (problem2) report2(problem2);
      }
    }
  }
};
var TARGET_PORT_NOTE = "targetPort is only read by the endpoints controllers, to find the port on the Pods a selector picks; with no selector nothing reads it, and kube-proxy sends traffic to the port number of the endpoint port paired with this Service port by name and protocol";
function proxiedProblem({ service, groups }, port) {
  const svc = formatResource(service.resource.ref);
  const target = portNumber(port.targetPort);
  const pairs = matchedPairs(groups, port);
  const numbers = [...new Set(pairs.flatMap((p) => portNumber(p.endpoint.port) ?? []))];
  const first = pairs[0];
  const where = first ? `${first.label} ${describePort(first.endpoint)}` : void 0;
  const byWhom = where && numbers.length === 1 ? `, the number of ${where},` : ",";
  const base = {
    target: { resource: service.resource, path: [...port.path, "targetPort"] },
    related: relatedPorts(pairs)
  };
  if (target === void 0) {
    return {
      ...base,
      message: `${svc} ${describePort(port)} has targetPort \`${String(port.targetPort)}\`, a named port, but the Service has no selector: ${TARGET_PORT_NOTE}${where ? ` (${where})` : ""}, so the name has no effect. Replace it with the backend's port number${numbers.length === 1 ? ` (${numbers[0]})` : ""}.`
    };
  }
  if (numbers.length === 0 || numbers.every((n) => n === target)) return void 0;
  const actual = numbers.join(", ");
  return {
    ...base,
    message: `${svc} ${describePort(port)} sets targetPort ${target}, but the Service has no selector: ${TARGET_PORT_NOTE}, so its traffic goes to ${numbers.length === 1 ? "port" : "ports"} ${actual}${byWhom} not ${target}. ` + (numbers.length === 1 ? `Set targetPort to ${actual} so the manifest says where traffic goes, or correct the endpoint port if ${target} is right.` : "Make the endpoint ports agree, then set targetPort to their number."),
    fix: numbers.length === 1 ? replaceScalarFix(service.resource.object, [...port.path, "targetPort"], String(numbers[0])) : void 0
  };
}
function headlessProblem({ service, groups }, port) {
  const target = portNumber(port.targetPort);
  const own2 = portNumber(port.port);
  if (target !== void 0 && target === own2) return void 0;
  const svc = formatResource(service.resource.ref);
  const written = target === void 0 ? `\`${String(port.targetPort)}\`` : String(target);
  return {
    target: { resource: service.resource, path: [...port.path, "targetPort"] },
    message: `${svc} is headless and has no selector, and its ${describePort(port)} sets targetPort ${written}: a headless Service has no virtual IP and translates no port. Clients resolve its name to the endpoint addresses and connect on the port they know (${own2 ?? "the Service port"}), and nothing rewrites it to targetPort. Make port, targetPort and the endpoint port the same number (or remove targetPort).`,
    related: relatedPorts(matchedPairs(groups, port))
  };
}
function matchedPairs(groups, port) {
  return groups.flatMap(
    (g) => g.matched.filter((m) => m.service === port).map((m) => ({ ...m, label: g.paired.label, resource: g.paired.resource }))
  );
}
function relatedPorts(pairs) {
  return pairs.slice(0, 5).map((p) => ({
    resource: p.resource,
    path: p.endpoint.path,
    message: `${p.label} ${describePort(p.endpoint)}`
  }));
}

// src/rules/unused-suppression.ts
var unusedSuppression = {
  meta: {
    id: UNUSED_SUPPRESSION,
    severity: "notice",
    family: "input",
    summary: "A kube-pairing.io/ignore annotation or # kube-pairing-ignore comment silences nothing, or names an unknown rule.",
    fixable: true
  },
  check() {
  }
};

// src/rules/schema/objects.ts
var import_yaml15 = __toESM(require_dist(), 1);
var SERVED_VERSION = {
  Service: "v1",
  Endpoints: "v1",
  EndpointSlice: "discovery.k8s.io/v1"
};
function isKubernetesKind(resource) {
  if (!Object.hasOwn(SERVED_VERSION, resource.ref.kind)) return false;
  const apiVersion = resource.object.apiVersion;
  const slash = apiVersion.indexOf("/");
  const group2 = slash === -1 ? "" : apiVersion.slice(0, slash);
  return group2 === "" || group2 === "core" || group2 === "k8s.io" || group2.endsWith(".k8s.io");
}
function rawAt(resource, path4) {
  let current = resource.object.value;
  for (const step2 of path4) {
    if (typeof step2 === "number") current = Array.isArray(current) ? current[step2] : void 0;
    else current = isRecord(current) ? current[step2] : void 0;
    if (current === void 0) return void 0;
  }
  return current;
}
function fieldPath(path4) {
  return path4.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function itemTarget(resource, itemPath) {
  const node = locate(resource.object, itemPath).value;
  if ((0, import_yaml15.isMap)(node) && !node.flow) {
    const first = node.items[0]?.key;
    if ((0, import_yaml15.isScalar)(first)) return { resource, path: [...itemPath, String(first.value)], anchor: "pair" };
  }
  return { resource, path: itemPath };
}
function keyTarget(resource, path4, anchor = "key") {
  return { resource, path: path4, anchor };
}
function portLists(index) {
  const out = [];
  for (const service of index.services) {
    out.push({
      resource: service.resource,
      owner: "Service",
      path: ["spec", "ports"],
      ports: service.ports,
      where: "spec.ports"
    });
  }
  for (const endpoints of index.endpoints) {
    for (const subset of endpoints.subsets) {
      out.push({
        resource: endpoints.resource,
        owner: "Endpoints subset",
        path: subset.portsPath,
        ports: subset.ports,
        where: fieldPath(subset.portsPath)
      });
    }
  }
  for (const slice of index.slices) {
    out.push({
      resource: slice.resource,
      owner: "EndpointSlice",
      path: slice.group.portsPath,
      ports: slice.group.ports,
      where: "ports"
    });
  }
  return out;
}
function endpointsAddresses2(index) {
  const out = [];
  for (const endpoints of index.endpoints) {
    for (const subset of endpoints.subsets) {
      for (const address of [...subset.addresses, ...subset.notReadyAddresses]) {
        out.push({ resource: endpoints.resource, address, where: fieldPath(address.ipPath) });
      }
    }
  }
  return out;
}
function sliceFamily(addressType) {
  return addressType === "IPv4" ? 4 : addressType === "IPv6" ? 6 : void 0;
}
function show(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "object") return Array.isArray(value) ? "a list" : "a mapping";
  return String(value);
}
function quotedScalarFix(object2, path4, value) {
  return rawScalarFix(object2, path4, renderScalar(value, import_yaml15.Scalar.QUOTE_DOUBLE));
}
function rejectedBy(owner) {
  if (owner === "Service") return "The API server rejects the Service";
  if (owner === "EndpointSlice") return "The API server rejects the slice";
  return "The API server rejects the whole Endpoints";
}
var isInteger = (v) => typeof v === "number" && Number.isInteger(v);
var isDigits = (v) => typeof v === "string" && /^[0-9]+$/.test(v);

// src/rules/duplicate-port-name.ts
var duplicatePortName = {
  meta: {
    id: "duplicate-port-name",
    severity: "error",
    family: "validity",
    summary: "Two ports share one name in a Service, an Endpoints subset or an EndpointSlice."
  },
  check({ index, report: report2 }) {
    for (const list6 of portLists(index)) {
      if (list6.owner === "Endpoints subset") continue;
      const { resource } = list6;
      const first = /* @__PURE__ */ new Map();
      for (const port of list6.ports) {
        if (port.name === "" && list6.owner === "Service") continue;
        if (isPlaceholder(port.name)) continue;
        const earlier = first.get(port.name);
        if (!earlier) {
          first.set(port.name, port);
          continue;
        }
        const label2 = port.name === "" ? 'unnamed ports (name "")' : `ports named ${JSON.stringify(port.name)}`;
        const consequence = list6.owner === "Service" ? `The API server rejects the Service ("${fieldPath(port.path)}.name: Duplicate value"): each Service port is paired with its endpoint port by name, so names must be unique.` : `The API server rejects the slice ("${fieldPath(port.path)}.name: Duplicate value"): kube-proxy pairs each Service port with exactly one slice port by name.`;
        report2({
          target: port.name === "" ? itemTarget(resource, port.path) : { resource, path: [...port.path, "name"] },
          message: `${formatResource(resource.ref)}: ${list6.where} has two ${label2} (${fieldPath(earlier.path)} and ${fieldPath(port.path)}). ${consequence} Give each port its own name, matching the Service's port names.`,
          related: [
            {
              ...itemTarget(resource, earlier.path),
              message: `first port named ${JSON.stringify(port.name)}`
            }
          ]
        });
      }
    }
    for (const endpoints of index.endpoints)
      for (const problem2 of endpointsDuplicates(endpoints)) report2(problem2);
  }
};
function endpointsDuplicates(endpoints) {
  const { resource } = endpoints;
  const byPort = /* @__PURE__ */ new Map();
  for (const subset of endpoints.subsets) {
    for (const port of subset.ports) {
      if ([port.name, port.port, port.protocol].some((v) => isPlaceholder(v))) continue;
      const raw = rawAt(resource, port.path);
      const appProtocol = isRecord(raw) ? raw.appProtocol ?? null : null;
      const key2 = JSON.stringify([port.name, port.port, port.protocol, appProtocol]);
      let entry = byPort.get(key2);
      if (!entry) byPort.set(key2, entry = { port, addresses: /* @__PURE__ */ new Map() });
      for (const [list6, ready] of [
        [subset.addresses, true],
        [subset.notReadyAddresses, false]
      ]) {
        for (const address of list6) {
          const targetRef = rawAt(resource, [...address.path, "targetRef"]);
          const id = `${String(address.ip)}|${isRecord(targetRef) ? String(targetRef.uid ?? "") : ""}`;
          if (entry.addresses.get(id) !== false) entry.addresses.set(id, ready);
        }
      }
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const { port, addresses } of byPort.values()) {
    if (addresses.size === 0) continue;
    const key2 = JSON.stringify([...addresses.entries()].sort());
    groups.set(key2, [...groups.get(key2) ?? [], port]);
  }
  const problems = [];
  const what2 = formatResource(resource.ref);
  for (const ports of groups.values()) {
    const first = /* @__PURE__ */ new Map();
    for (const port of ports) {
      if (port.name === "") continue;
      const earlier = first.get(port.name);
      if (!earlier) {
        first.set(port.name, port);
        continue;
      }
      const sameSubset = earlier.path.slice(0, 2).join() === port.path.slice(0, 2).join();
      problems.push({
        target: { resource, path: [...port.path, "name"] },
        message: `${what2}: ${fieldPath(earlier.path)} and ${fieldPath(port.path)} are different ports both named ${JSON.stringify(port.name)}` + (sameSubset ? "" : ", and their subsets list the same addresses, so Kubernetes merges them into one") + ". The API server accepts the Endpoints, but the EndpointSlice mirroring controller turns each subset into an EndpointSlice, which the API server rejects for the duplicate port name, so these addresses never reach kube-proxy. Give each port its own name, matching the Service's port names.",
        related: [{ ...itemTarget(resource, earlier.path), message: `the other port named ${port.name}` }]
      });
    }
  }
  return problems;
}

// src/engine/migrate.ts
var import_yaml16 = __toESM(require_dist(), 1);

// src/engine/ip.ts
import { BlockList, isIP, SocketAddress } from "node:net";
var MAPPED = new BlockList();
MAPPED.addSubnet("::ffff:0:0", 96, "ipv6");
function parseIPSloppy(text4) {
  if (text4 === "" || text4.includes("%") || text4.trim() !== text4) return void 0;
  let normalized = text4;
  if (isIP(text4) === 0) {
    const stripped = stripLeadingZeros(text4);
    if (stripped === void 0 || isIP(stripped) === 0) return void 0;
    normalized = stripped;
  }
  const leadingZeros = normalized !== text4;
  if (isIP(normalized) === 4) {
    return { text: text4, family: 4, canonical: normalized, leadingZeros, ipv4Mapped: false };
  }
  const compressed = new SocketAddress({ address: normalized, family: "ipv6" }).address;
  if (MAPPED.check(normalized, "ipv6")) {
    const ipv4 = compressed.slice(compressed.lastIndexOf(":") + 1);
    return { text: text4, family: 4, canonical: ipv4, leadingZeros, ipv4Mapped: true };
  }
  return { text: text4, family: 6, canonical: compressed, leadingZeros, ipv4Mapped: false };
}
function stripLeadingZeros(text4) {
  const firstDot = text4.indexOf(".");
  const firstColon = text4.indexOf(":");
  if (firstColon === -1 || firstDot !== -1 && firstDot < firstColon) return stripDecimalQuad(text4);
  const groups = text4.split(":");
  const last = groups.length - 1;
  const out = [];
  for (let i = 0; i < groups.length; i++) {
    const group2 = groups[i];
    if (i === last && group2.includes(".")) {
      const quad = stripDecimalQuad(group2);
      if (quad === void 0) return void 0;
      out.push(quad);
    } else if (group2.length > 4 && isHex2(group2)) {
      out.push(trimZeros(group2, 4));
    } else {
      out.push(group2);
    }
  }
  return out.join(":");
}
function stripDecimalQuad(text4) {
  const octets = text4.split(".");
  if (octets.length !== 4 || !octets.every(isDecimal)) return void 0;
  return octets.map((o) => trimZeros(o, 1)).join(".");
}
function trimZeros(digits, keep) {
  let start = 0;
  while (digits.length - start > keep && digits[start] === "0") start++;
  return digits.slice(start);
}
var isDecimal = (s) => s.length > 0 && [...s].every((c) => c >= "0" && c <= "9");
var isHex2 = (s) => s.length > 0 && [...s.toLowerCase()].every((c) => c >= "0" && c <= "9" || c >= "a" && c <= "f");
var SPECIAL_RANGE_TEXT = {
  unspecified: "the unspecified address (0.0.0.0, ::)",
  loopback: "the loopback range (127.0.0.0/8, ::1/128)",
  "link-local": "the link-local range (169.254.0.0/16, fe80::/10)",
  "link-local multicast": "the link-local multicast range (224.0.0.0/24, ff02::/16)"
};
function rangeList(ipv4, ipv6) {
  const list6 = new BlockList();
  for (const [net, prefix] of ipv4) list6.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of ipv6) list6.addSubnet(net, prefix, "ipv6");
  return list6;
}
var SPECIAL_RANGES = [
  ["unspecified", rangeList([["0.0.0.0", 32]], [["::", 128]])],
  ["loopback", rangeList([["127.0.0.0", 8]], [["::1", 128]])],
  ["link-local", rangeList([["169.254.0.0", 16]], [["fe80::", 10]])],
  [
    "link-local multicast",
    rangeList(
      [["224.0.0.0", 24]],
      Array.from({ length: 16 }, (_, flags) => [`ff${flags.toString(16)}2::`, 16])
    )
  ]
];
function specialRange(ip) {
  const family = ip.family === 4 ? "ipv4" : "ipv6";
  for (const [range, list6] of SPECIAL_RANGES) if (list6.check(ip.canonical, family)) return range;
  return void 0;
}
function nonStandardForm(ip) {
  if (ip.leadingZeros) return "leading zeros";
  if (ip.ipv4Mapped) return "IPv4-mapped IPv6";
  return void 0;
}

// src/engine/migrate.ts
var MIGRATION_MANAGED_BY = "manual";
var MAX_ENDPOINTS_PER_SLICE = 1e3;
var DROPPED_LABELS = /* @__PURE__ */ new Set(["endpointslice.kubernetes.io/skip-mirror"]);
var DROPPED_ANNOTATIONS = /* @__PURE__ */ new Set([
  "endpoints.kubernetes.io/last-change-trigger-time",
  "kubectl.kubernetes.io/last-applied-configuration",
  "control-plane.alpha.kubernetes.io/leader"
]);
var ENDPOINTS_ONLY_RULE = /^(endpoints|subset)-/;
function migrateEndpoints(endpoints, managedBy = MIGRATION_MANAGED_BY) {
  const value = endpoints.resource.object.value;
  const { name, namespace } = endpoints.resource.ref;
  const notes = [];
  const groups = /* @__PURE__ */ new Map();
  for (const subset of endpoints.subsets) {
    const ports = subset.ports.map((p) => {
      const raw = record4(at2(value, p.path));
      const port = {};
      if (p.name !== "") port.name = p.name;
      if (raw.port !== void 0 && raw.port !== null) port.port = raw.port;
      port.protocol = p.protocol;
      if (raw.appProtocol !== void 0 && raw.appProtocol !== null) port.appProtocol = raw.appProtocol;
      return port;
    });
    const portKey2 = JSON.stringify(ports.map((p) => JSON.stringify(p)).sort());
    const add = (addresses, ready) => {
      for (const address of addresses) {
        const raw = record4(at2(value, address.path));
        const text4 = typeof address.ip === "string" ? address.ip : String(address.ip ?? "");
        const ip = parseIPSloppy(text4);
        if (!ip) {
          notes.push(
            `${JSON.stringify(text4)} is not an IP address: left out (the mirroring controller skips it too).`
          );
          continue;
        }
        if (ip.canonical !== text4)
          notes.push(`${text4} is written as ${ip.canonical}, as Kubernetes reads it.`);
        const family = ip.family === 4 ? "IPv4" : "IPv6";
        const key2 = `${family}|${portKey2}`;
        let group2 = groups.get(key2);
        if (!group2) groups.set(key2, group2 = { family, portKey: portKey2, ports, endpoints: [], seen: /* @__PURE__ */ new Set() });
        const endpoint = { addresses: [ip.canonical], conditions: { ready } };
        if (typeof raw.hostname === "string" && raw.hostname !== "") endpoint.hostname = raw.hostname;
        if (isRecord(raw.targetRef)) endpoint.targetRef = raw.targetRef;
        if (typeof raw.nodeName === "string") endpoint.nodeName = raw.nodeName;
        const identity2 = JSON.stringify(endpoint);
        if (group2.seen.has(identity2)) continue;
        group2.seen.add(identity2);
        group2.endpoints.push(endpoint);
      }
    };
    add(subset.addresses, true);
    add(subset.notReadyAddresses, false);
  }
  const chunks = [];
  for (const group2 of groups.values()) {
    for (let i = 0; i < group2.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      chunks.push({ group: group2, endpoints: group2.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE), part: i });
    }
  }
  const families = new Set(chunks.map((c) => c.group.family));
  const portKeysOf = (family) => [
    ...new Set(chunks.filter((c) => c.group.family === family).map((c) => c.group.portKey))
  ];
  const labels = metadataMap(
    value,
    "labels",
    (k) => !DROPPED_LABELS.has(k) && k !== SERVICE_NAME_LABEL && k !== MANAGED_BY_LABEL
  );
  const annotations = metadataMap(value, "annotations", (k) => !DROPPED_ANNOTATIONS.has(k));
  const ignore = annotations[IGNORE_ANNOTATION];
  if (ignore !== void 0) {
    const kept = ignore.split(",").map((s) => s.trim()).filter((id) => id !== "" && !ENDPOINTS_ONLY_RULE.test(id));
    if (kept.length > 0) annotations[IGNORE_ANNOTATION] = kept.join(",");
    else delete annotations[IGNORE_ANNOTATION];
  }
  const slices = chunks.map((chunk) => {
    const suffix = [];
    if (chunks.length > 1) {
      if (families.size > 1) suffix.push(chunk.group.family.toLowerCase());
      const portKeys = portKeysOf(chunk.group.family);
      if (portKeys.length > 1) suffix.push(String(portKeys.indexOf(chunk.group.portKey) + 1));
      if (chunk.part > 0 || chunk.group.endpoints.length > MAX_ENDPOINTS_PER_SLICE) {
        suffix.push(`part${chunk.part / MAX_ENDPOINTS_PER_SLICE + 1}`);
      }
    }
    const tail = suffix.length > 0 ? `-${suffix.join("-")}` : "";
    const metadata = { name: `${name.slice(0, 253 - tail.length)}${tail}` };
    if (endpoints.resource.namespaceSource === "explicit") metadata.namespace = namespace;
    metadata.labels = { [SERVICE_NAME_LABEL]: name, [MANAGED_BY_LABEL]: managedBy, ...labels };
    if (Object.keys(annotations).length > 0) metadata.annotations = { ...annotations };
    return {
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSlice",
      metadata,
      addressType: chunk.group.family,
      ports: chunk.group.ports,
      endpoints: chunk.endpoints
    };
  });
  return { slices, notes, yaml: render(endpoints, slices, notes) };
}
function render(endpoints, slices, notes) {
  const what2 = formatResource(endpoints.resource.ref);
  const one = slices.length === 1;
  const header = [
    ` ${one ? "EndpointSlice that replaces" : "EndpointSlices that replace"} ${what2} (generated by kube-pairing,`,
    ` built as the EndpointSlice mirroring controller builds its mirror). Apply ${one ? "it" : "them"}, then delete`,
    ` the Endpoints. managed-by may name whoever manages ${one ? "it" : "them"}: any value but the controllers' own.`,
    ...notes.map((n) => ` Note: ${n}`)
  ].join("\n");
  if (slices.length === 0) {
    return `#${header.replace(/\n/g, "\n#")}
# ${what2} has no IP addresses: nothing replaces it; delete it.
`;
  }
  return slices.map((slice, i) => {
    const doc = new import_yaml16.Document(slice);
    (0, import_yaml16.visit)(doc, {
      Pair(_, pair) {
        const key2 = pair.key;
        if (key2?.value === "addresses" && (0, import_yaml16.isSeq)(pair.value)) {
          pair.value.flow = true;
          for (const item of pair.value.items) item.type = import_yaml16.Scalar.QUOTE_DOUBLE;
        }
      }
    });
    if (i === 0) doc.commentBefore = header;
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  }).join("---\n");
}
function at2(value, path4) {
  let node = value;
  for (const step2 of path4) {
    if (typeof step2 === "number" && Array.isArray(node)) node = node[step2];
    else if (typeof step2 === "string" && isRecord(node)) node = node[step2];
    else return void 0;
  }
  return node;
}
var record4 = (v) => isRecord(v) ? v : {};
function metadataMap(value, key2, keep) {
  const out = {};
  for (const [k, v] of Object.entries(record4(record4(value.metadata)[key2]))) {
    if (v !== null && v !== void 0 && keep(k)) out[k] = typeof v === "string" ? v : String(v);
  }
  return out;
}

// src/rules/endpoints-deprecated.ts
var endpointsDeprecated = {
  meta: {
    id: "endpoints-deprecated",
    severity: "notice",
    family: "advice",
    summary: "A v1 Endpoints: the API is deprecated since Kubernetes v1.33; EndpointSlice replaces it."
  },
  check({ index, report: report2 }) {
    for (const endpoints of index.endpoints) {
      const { name } = endpoints.resource.ref;
      report2({
        target: { resource: endpoints.resource, path: ["kind"] },
        message: `${formatResource(endpoints.resource.ref)} uses the v1 Endpoints API, deprecated since Kubernetes v1.33 (KEP-4974): the API server warns on every write, and kube-proxy reads only EndpointSlices, so this object reaches it only through the EndpointSlice mirroring controller. Replace it with the equivalent EndpointSlice (apiVersion discovery.k8s.io/v1, label kubernetes.io/service-name: ${name || "<service>"}, one slice per IP family, a managed-by label).`,
        migration: migrateEndpoints(endpoints).yaml
      });
    }
  }
};

// src/rules/endpoints-over-mirror-limit.ts
var MIRROR_MAX_ENDPOINTS_PER_SUBSET = 1e3;
var endpointsOverMirrorLimit = {
  meta: {
    id: "endpoints-over-mirror-limit",
    severity: "warning",
    family: "validity",
    summary: "An Endpoints subset has more than 1000 addresses: the mirroring controller drops the rest."
  },
  check({ index, report: report2 }) {
    for (const endpoints of index.endpoints) {
      const { resource } = endpoints;
      const addressesByPort = /* @__PURE__ */ new Map();
      for (const subset of endpoints.subsets) {
        const rawPorts = rawAt(resource, [...subset.path, "ports"]);
        const ports = Array.isArray(rawPorts) && rawPorts.length > 0 ? rawPorts.map(portKey) : ["(no ports)"];
        for (const listName of ["addresses", "notReadyAddresses"]) {
          const list6 = rawAt(resource, [...subset.path, listName]);
          if (!Array.isArray(list6)) continue;
          for (const address of list6) {
            if (!isRecord(address) || typeof address.ip !== "string" || !parseIPSloppy(address.ip)) continue;
            const uid = isRecord(address.targetRef) ? String(address.targetRef.uid ?? "") : "";
            for (const port of ports) {
              let entry = addressesByPort.get(port);
              if (!entry) addressesByPort.set(port, entry = { addresses: /* @__PURE__ */ new Set(), where: [] });
              entry.addresses.add(`${address.ip}|${uid}`);
              if (entry.addresses.size === MIRROR_MAX_ENDPOINTS_PER_SUBSET + 1 && entry.where.length === 0)
                entry.where = [...subset.path, listName];
            }
          }
        }
      }
      const reported = /* @__PURE__ */ new Set();
      for (const { addresses, where } of addressesByPort.values()) {
        if (addresses.size <= MIRROR_MAX_ENDPOINTS_PER_SUBSET || reported.has(where.join("."))) continue;
        reported.add(where.join("."));
        const skipped = addresses.size - MIRROR_MAX_ENDPOINTS_PER_SUBSET;
        report2({
          target: keyTarget(resource, where),
          message: `${formatResource(resource.ref)} gives one port ${addresses.size} addresses (counting every subset with the same ports, up to ${fieldPath(where)}). The EndpointSlice mirroring controller mirrors at most ${MIRROR_MAX_ENDPOINTS_PER_SUBSET} addresses per subset (--mirroring-max-endpoints-per-subset) and skips the other ${skipped}, which never receive traffic. Write EndpointSlices instead of the Endpoints: up to ${MIRROR_MAX_ENDPOINTS_PER_SUBSET} endpoints each, as many slices as needed.`
        });
      }
    }
  }
};
function portKey(port) {
  if (!isRecord(port)) return JSON.stringify(port);
  return JSON.stringify([port.name ?? "", port.port ?? 0, port.protocol ?? "TCP", port.appProtocol ?? null]);
}

// src/rules/invalid-api-version.ts
var invalidApiVersion = {
  meta: {
    id: "invalid-api-version",
    severity: "error",
    family: "validity",
    summary: "A Service or Endpoints with an apiVersion other than v1, or an EndpointSlice other than discovery.k8s.io/v1.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const resource of index.resources) {
      if (!isKubernetesKind(resource)) continue;
      const expected2 = SERVED_VERSION[resource.ref.kind];
      const actual = resource.object.apiVersion;
      if (actual === expected2) continue;
      if (isPlaceholder(actual, { allCaps: false })) continue;
      const kind = resource.ref.kind;
      const topology = kind === "EndpointSlice" ? endpointsWithTopology(resource) : 0;
      const removed = actual === "discovery.k8s.io/v1beta1" ? "discovery.k8s.io/v1beta1 was removed in Kubernetes v1.25" : actual === "discovery.k8s.io/v1alpha1" ? "discovery.k8s.io/v1alpha1 is no longer served" : `no API group serves ${kind} as ${JSON.stringify(actual)}`;
      report2({
        target: { resource, path: ["apiVersion"] },
        message: `${formatResource(resource.ref)} has apiVersion ${JSON.stringify(actual)}, but ${removed}: kubectl fails with 'no matches for kind "${kind}" in version "${actual}"' and nothing is created. ${kind} is served as \`${expected2}\`: write \`apiVersion: ${expected2}\`` + (topology > 0 ? `, and move the \`topology\` of ${topology === 1 ? "its endpoint" : `its ${topology} endpoints`}, which v1 no longer has (strict field validation rejects it): \`kubernetes.io/hostname\` to \`nodeName\`, \`topology.kubernetes.io/zone\` to \`zone\`, anything else to \`deprecatedTopology\`.` : "."),
        // The version alone is no fix when v1 would then reject the v1beta1-only `topology` field.
        fix: topology > 0 ? void 0 : replaceScalarFix(resource.object, ["apiVersion"], expected2)
      });
    }
  }
};
function endpointsWithTopology(resource) {
  const endpoints = rawAt(resource, ["endpoints"]);
  return Array.isArray(endpoints) ? endpoints.filter((e) => isRecord(e) && e.topology !== void 0 && e.topology !== null).length : 0;
}

// src/rules/invalid-endpoint-hostname.ts
var invalidEndpointHostname = {
  meta: {
    id: "invalid-endpoint-hostname",
    severity: "error",
    family: "validity",
    summary: "An endpoint `hostname` is not a DNS-1123 label, or a `nodeName` is not a DNS-1123 subdomain.",
    fixable: true
  },
  check({ index, report: report2 }) {
    const check3 = (resource, base, field, value) => {
      if (value === void 0 || value === null || isPlaceholder(value)) return;
      if (field === "hostname" && value === "" && resource.ref.kind === "Endpoints") return;
      const path4 = [...base, field];
      const what2 = formatResource(resource.ref);
      const whole = resource.ref.kind === "Endpoints" ? "the whole Endpoints" : "the slice";
      if (typeof value !== "string") {
        report2({
          target: { resource, path: path4 },
          message: `${what2}: ${fieldPath(path4)} is ${show(value)}, not a string. The API server rejects ${whole}. Write it as text.`
        });
        return;
      }
      const validate = field === "hostname" ? dns1123LabelProblem : dns1123SubdomainProblem;
      const problem2 = value === "" ? "is empty" : validate(value);
      if (!problem2) return;
      const lower = lowerCaseFix(value, validate);
      const rule = field === "hostname" ? "a hostname must be a single DNS-1123 label (at most 63 characters of a-z, 0-9 and '-'; no dots: DNS adds the Service and namespace, as in <hostname>.<service>.<namespace>.svc)" : "a nodeName must be a Node name, a DNS-1123 subdomain (lower-case a-z, 0-9, '-' and '.')";
      const firstLabel = field === "hostname" && value.includes(".") ? value.split(".")[0].toLowerCase() : "";
      report2({
        target: { resource, path: path4 },
        message: `${what2}: ${fieldPath(path4)} ${JSON.stringify(value)} ${problem2}. The API server rejects ${whole}: ${rule}. ` + (lower ? `Write \`${lower}\`.` : firstLabel && dns1123LabelProblem(firstLabel) === void 0 ? `Write only the first label, e.g. \`${firstLabel}\`.` : value === "" ? `Remove \`${field}\` or give it a value.` : `Fix the ${field}.`),
        fix: lower ? replaceScalarFix(resource.object, path4, lower) : void 0
      });
    };
    for (const endpoints of index.endpoints) {
      for (const subset of endpoints.subsets) {
        for (const address of [...subset.addresses, ...subset.notReadyAddresses]) {
          check3(endpoints.resource, address.path, "hostname", address.hostname);
          check3(endpoints.resource, address.path, "nodeName", address.nodeName);
        }
      }
    }
    for (const slice of index.slices) {
      for (const endpoint of slice.endpoints) {
        check3(slice.resource, endpoint.path, "hostname", endpoint.hostname);
        check3(slice.resource, endpoint.path, "nodeName", endpoint.nodeName);
      }
    }
  }
};

// src/rules/invalid-endpoint-ip.ts
var ADDRESS_TYPES = ["IPv4", "IPv6", "FQDN"];
var invalidEndpointIp = {
  meta: {
    id: "invalid-endpoint-ip",
    severity: "error",
    family: "validity",
    summary: "An Endpoints `ip` or an EndpointSlice address is not an IP address, or not of the slice’s addressType.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const { resource, address, where } of endpointsAddresses2(index)) {
      const what2 = formatResource(resource.ref);
      if (address.ip === void 0 || address.ip === null) {
        const misspelt = Object.keys(rawRecord(resource, address.path)).find(
          (k) => k !== "ip" && k.toLowerCase() === "ip"
        );
        report2({
          target: itemTarget(resource, address.path),
          message: `${what2}: ${fieldPath(address.path)} has no \`ip\`. The API server rejects the whole Endpoints ("must be a valid IP address"), so none of its addresses reach the Service. ` + (misspelt ? `It has \`${misspelt}\` instead: field names are case-sensitive, write \`ip\`.` : "Add `ip:` with the backend's IP address.")
        });
        continue;
      }
      const problem2 = checkAddress(resource, address.ipPath, address.ip, where, "any");
      if (problem2) report2(problem2);
    }
    for (const slice of index.slices) checkSlice(slice, report2);
  }
};
function checkSlice(slice, report2) {
  const { resource, addressType } = slice;
  const what2 = formatResource(resource.ref);
  if (addressType === void 0 || addressType === null) {
    report2({
      target: { resource, path: ["addressType"] },
      message: `${what2} has no \`addressType\`. The API server rejects it ("addressType: Required value"), so its endpoints never exist in the cluster. Add \`addressType: IPv4\` or \`addressType: IPv6\` (one slice per IP family).`
    });
    return;
  }
  if (isPlaceholder(addressType, { allCaps: false })) return;
  if (typeof addressType !== "string" || !ADDRESS_TYPES.includes(addressType)) {
    const intended = ADDRESS_TYPES.find((t) => t.toLowerCase() === String(addressType).toLowerCase());
    report2({
      target: { resource, path: ["addressType"] },
      message: `${what2}: addressType ${show(addressType)} is not one of IPv4, IPv6 or FQDN (they are case-sensitive). The API server rejects the slice ("Unsupported value"), so its endpoints never exist in the cluster. ` + (intended ? `Write \`${intended}\`.` : "Write `IPv4` or `IPv6`."),
      fix: intended ? replaceScalarFix(resource.object, ["addressType"], intended) : void 0
    });
    return;
  }
  const family = sliceFamily(addressType);
  if (family === void 0) return;
  for (const endpoint of slice.endpoints) {
    for (const address of endpoint.addresses) {
      const problem2 = checkAddress(resource, address.ipPath, address.ip, fieldPath(address.ipPath), family);
      if (problem2) report2(problem2);
    }
  }
}
function rawRecord(resource, path4) {
  const value = rawAt(resource, path4);
  return isRecord(value) ? value : {};
}
function checkAddress(resource, path4, value, where, family) {
  const what2 = formatResource(resource.ref);
  const kind = resource.ref.kind;
  const rejected = kind === "Endpoints" ? "The API server rejects the whole Endpoints, so none of its addresses reach the Service." : "The API server rejects the whole slice, so none of its endpoints reach the Service.";
  const expected2 = family === "any" ? "an IP address" : `an IPv${family} address`;
  if (isPlaceholder(value)) return void 0;
  if (typeof value !== "string") {
    return {
      target: { resource, path: path4 },
      message: `${what2}: ${where} is ${show(value)}, not ${expected2} written as a string. ${rejected} Write the address as text, e.g. \`10.0.0.5\`.`
    };
  }
  const ip = parseIPSloppy(value);
  if (!ip) {
    return {
      target: { resource, path: path4 },
      message: `${what2}: ${where} ${show(value)} is not ${expected2}. ${rejected} ${notAnIpAdvice(value, kind)}`
    };
  }
  if (family !== "any" && ip.family !== family) {
    const actual = ip.ipv4Mapped ? "an IPv4-mapped address, which Kubernetes treats as IPv4" : `an IPv${ip.family} address`;
    return {
      target: { resource, path: path4 },
      message: `${what2}: ${where} ${show(value)} is ${actual}, but the slice's addressType is IPv${family}. ${rejected} Move it to its own EndpointSlice with \`addressType: IPv${ip.family}\` (a dual-stack Service has one slice per IP family, both labelled with its name).`,
      related: [{ resource, path: ["addressType"], message: `addressType of ${what2}` }]
    };
  }
  const form = nonStandardForm(ip);
  if (form) {
    const special = specialRange(ip);
    return {
      target: { resource, path: path4 },
      severity: "warning",
      message: `${what2}: ${where} ${show(value)} ${nonStandardMessage(ip, form, special)}`,
      fix: special ? void 0 : replaceScalarFix(resource.object, path4, ip.canonical)
    };
  }
  return void 0;
}
function nonStandardMessage(ip, form, special) {
  const strict = 'strict IP validation (feature gate StrictIPCIDRValidation, alpha since v1.33) rejects it, and the API server already answers with a warning that it "will be considered invalid in a future Kubernetes release".';
  const advice = special ? `Kubernetes reads it as ${ip.canonical}, which is in ${SPECIAL_RANGE_TEXT[special]} and cannot be an endpoint either: write the backend's routable address (a Pod, node or external host IP).` : `Write \`${ip.canonical}\`.`;
  if (form === "leading zeros") {
    return `has leading zeros. Kubernetes reads it as ${ip.canonical} (decimal), while libc-based tools read a leading 0 as octal, so the same text names two different hosts; ${strict} ${advice}`;
  }
  return `is an IPv4-mapped IPv6 address: Kubernetes treats it as the IPv4 address ${ip.canonical}, other software may treat it as IPv6; ${strict} ${advice}`;
}
function notAnIpAdvice(text4, kind) {
  const slash = text4.indexOf("/");
  if (slash > 0 && parseIPSloppy(text4.slice(0, slash))) {
    return "It is a CIDR block (a range), but each entry is a single backend address: list the addresses one by one.";
  }
  const colon = text4.lastIndexOf(":");
  if (colon > 0 && /^\d+$/.test(text4.slice(colon + 1))) {
    const host = parseIPSloppy(text4.slice(0, colon).replace(/^\[(.*)\]$/, "$1"));
    const port = Number(text4.slice(colon + 1));
    if (host && !specialRange(host) && port >= 1 && port <= 65535) {
      const ports = kind === "Endpoints" ? "the subset's `ports`" : "the slice's `ports`";
      return `It is an address with a port: write \`${host.canonical}\` here and port ${port} in ${ports}.`;
    }
  }
  const externalName = text4.toLowerCase().replace(/\.$/, "");
  if (/[a-z]/.test(externalName) && dns1123SubdomainProblem(externalName) === void 0) {
    return `It is a host name, and ${kind === "Endpoints" ? "Endpoints" : "IP EndpointSlices"} hold IP addresses only (kube-proxy does not resolve names). To send the Service to a DNS name, make it an ExternalName Service (\`spec.type: ExternalName\`, \`spec.externalName: ${externalName}\`) instead.`;
  }
  return "Write an IPv4 address like `10.0.0.5` or an IPv6 address like `fd00::5`.";
}

// src/rules/invalid-name.ts
var NAME = ["metadata", "name"];
var invalidName = {
  meta: {
    id: "invalid-name",
    severity: "error",
    family: "validity",
    summary: "A Service name is not a DNS-1035 label, an Endpoints or EndpointSlice name is not a DNS-1123 subdomain, or an Endpoints name is one no Service could ever have.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const resource of index.resources) {
      if (!isKubernetesKind(resource)) continue;
      const problem2 = checkName(resource);
      if (problem2) report2(problem2);
    }
  }
};
function checkName(resource) {
  const kind = resource.ref.kind;
  const what2 = formatResource(resource.ref);
  const name = rawAt(resource, NAME);
  if (name === void 0 || name === null || name === "") {
    const generateName = rawAt(resource, ["metadata", "generateName"]);
    if (typeof generateName === "string" && generateName !== "") return void 0;
    return {
      target: { resource, path: NAME },
      message: `${kind} in namespace ${resource.ref.namespace} has no metadata.name. The API server rejects it ("name or generateName is required")` + (kind === "EndpointSlice" ? ". " : `, and a ${kind} pairs with its counterpart by its name. `) + `Add \`metadata.name\`${kind === "Endpoints" ? ": the name of its Service" : ""}.`
    };
  }
  if (isPlaceholder(name)) return void 0;
  if (typeof name !== "string") {
    const text4 = String(name);
    const validText = typeof name !== "object" && // An Endpoints named as no Service can be named is reported once quoted (below): no fix for it.
    (kind === "Service" || kind === "Endpoints" ? dns1035LabelProblem(text4) : dns1123SubdomainProblem(text4)) === void 0;
    return {
      target: { resource, path: NAME },
      message: `${what2}: metadata.name is ${show(name)}, not a string. The API server rejects the object (a name is text). ${validText ? `Quote it: \`name: "${text4}"\`.` : kind === "Endpoints" ? "Write the name of its Service, as text." : "Write the name as text."}`,
      fix: validText ? quotedScalarFix(resource.object, NAME, text4) : void 0
    };
  }
  if (kind === "Service") {
    const problem2 = dns1035LabelProblem(name);
    if (!problem2) return void 0;
    return {
      target: { resource, path: NAME },
      message: `${what2}: the name ${JSON.stringify(name)} ${problem2}. The API server rejects the Service: a Service name becomes a DNS label, so it must be a DNS-1035 label (at most 63 characters of a-z, 0-9 and '-', starting with a letter, ending with a letter or digit). ${suggest(name)}`
    };
  }
  const subdomainProblem = dns1123SubdomainProblem(name);
  if (subdomainProblem) {
    return {
      target: { resource, path: NAME },
      message: `${what2}: the name ${JSON.stringify(name)} ${subdomainProblem}. The API server rejects the ${kind}: its name must be a DNS-1123 subdomain (at most 253 characters of a-z, 0-9, '-' and '.'). ` + (kind === "Endpoints" ? "Name it exactly like its Service." : suggest(name))
    };
  }
  if (kind === "Endpoints") {
    const labelProblem = dns1035LabelProblem(name);
    if (!labelProblem) return void 0;
    return {
      target: { resource, path: NAME },
      message: `${what2}: the name ${JSON.stringify(name)} ${labelProblem}. The API server accepts it, but a Service name must be a DNS-1035 label, so no Service can ever have this name; the EndpointSlice mirroring controller mirrors an Endpoints only for the Service of the same name, so these addresses never receive traffic. Name the Endpoints exactly like its Service.`
    };
  }
  return void 0;
}
function suggest(name) {
  const candidate = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "").slice(0, 63).replace(/-+$/, "");
  return candidate !== "" && dns1035LabelProblem(candidate) === void 0 ? `Rename it, e.g. to \`${candidate}\`, and update everything that refers to it.` : "Rename it, and update everything that refers to it.";
}

// src/rules/invalid-port-name.ts
var invalidPortName = {
  meta: {
    id: "invalid-port-name",
    severity: "error",
    family: "validity",
    summary: "A port name is not a DNS-1123 label, or a string targetPort is not an IANA service name.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const list6 of portLists(index)) {
      const { resource } = list6;
      const what2 = formatResource(resource.ref);
      const rejected = rejectedBy(list6.owner);
      for (const port of list6.ports) {
        const namePath = [...port.path, "name"];
        const name = rawAt(resource, namePath);
        if (name === void 0 || name === null || name === "" || isPlaceholder(name)) continue;
        if (typeof name !== "string") {
          const text4 = String(name);
          const valid = dns1123LabelProblem(text4) === void 0;
          report2({
            target: { resource, path: namePath },
            message: `${what2}: ${fieldPath(namePath)} is ${show(name)}, not a string. ${rejected} (a port name is text). ` + (valid ? `Quote it: \`name: "${text4}"\`.` : "Write a DNS label such as `client`."),
            fix: valid && typeof name !== "object" ? quotedScalarFix(resource.object, namePath, text4) : void 0
          });
          continue;
        }
        const problem2 = dns1123LabelProblem(name);
        if (!problem2) continue;
        const lower = lowerCaseFix(name, dns1123LabelProblem);
        report2({
          target: { resource, path: namePath },
          message: `${what2}: port name ${JSON.stringify(name)} ${problem2}. ${rejected}: a port name must be a DNS-1123 label (at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit), and the Service and its endpoints must use the same name. ` + (lower ? `Write \`${lower}\` here and on the other side.` : "Rename it here and on the other side."),
          fix: lower ? replaceScalarFix(resource.object, namePath, lower) : void 0
        });
      }
      if (list6.owner !== "Service") continue;
      for (const port of list6.ports) {
        const targetPath = [...port.path, "targetPort"];
        const target = rawAt(resource, targetPath);
        if (typeof target !== "string" || target === "" || isPlaceholder(target)) continue;
        if (isDigits(target)) {
          const number = Number(target);
          const inRange = number >= 0 && number <= 65535;
          report2({
            target: { resource, path: targetPath },
            message: `${what2}: targetPort ${JSON.stringify(target)} is a quoted number. Kubernetes reads a quoted targetPort as a port name, and a port name needs a letter, so the API server rejects the Service. ` + (inRange ? `Write the number without quotes: \`targetPort: ${number}\`.` : `Write the container port's number without quotes; ${number} is also above 65535, so write the port the Pods listen on (1 to 65535).`),
            fix: inRange ? rawScalarFix(resource.object, targetPath, String(number)) : void 0
          });
          continue;
        }
        const problem2 = ianaServiceNameProblem(target);
        if (!problem2) continue;
        const lower = lowerCaseFix(target, ianaServiceNameProblem);
        report2({
          target: { resource, path: targetPath },
          message: `${what2}: targetPort ${JSON.stringify(target)} ${problem2}. A string targetPort names a container port and must be an IANA service name (at most 15 characters of a-z, 0-9 and '-', at least one letter, no leading, trailing or double '-'), so the API server rejects the Service. ` + (lower ? `Write \`${lower}\`.` : "Use the container port's number, or a valid name that the Pods' containers declare."),
          fix: lower ? replaceScalarFix(resource.object, targetPath, lower) : void 0
        });
      }
    }
  }
};

// src/rules/invalid-protocol.ts
var import_yaml17 = __toESM(require_dist(), 1);
var PROTOCOLS = ["TCP", "UDP", "SCTP"];
var APPLICATION_PROTOCOLS = {
  HTTP: { transport: "TCP", appProtocol: "http" },
  HTTPS: { transport: "TCP", appProtocol: "https" },
  H2C: { transport: "TCP", appProtocol: "kubernetes.io/h2c" },
  // HTTP/2 is `kubernetes.io/h2c` without TLS and `https` with it: only the transport is certain.
  HTTP2: { transport: "TCP" },
  H2: { transport: "TCP" },
  GRPC: { transport: "TCP", appProtocol: "grpc" },
  WS: { transport: "TCP", appProtocol: "kubernetes.io/ws" },
  WSS: { transport: "TCP", appProtocol: "kubernetes.io/wss" },
  TLS: { transport: "TCP", appProtocol: "tls" },
  // QUIC and HTTP/3 run over UDP.
  QUIC: { transport: "UDP" },
  HTTP3: { transport: "UDP" },
  H3: { transport: "UDP" }
};
var invalidProtocol = {
  meta: {
    id: "invalid-protocol",
    severity: "error",
    family: "validity",
    summary: "A port protocol is not TCP, UDP or SCTP (they are case-sensitive).",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const list6 of portLists(index)) {
      const { resource } = list6;
      const what2 = formatResource(resource.ref);
      const rejected = rejectedBy(list6.owner);
      for (const port of list6.ports) {
        const path4 = [...port.path, "protocol"];
        const value = rawAt(resource, path4);
        if (value === void 0 || value === null) continue;
        if (value === "" && list6.owner !== "EndpointSlice") continue;
        if (typeof value === "string" && PROTOCOLS.includes(value)) continue;
        if (isPlaceholder(value, { allCaps: false })) continue;
        const upper = typeof value === "string" ? value.trim().toUpperCase() : "";
        const intended = PROTOCOLS.includes(upper) ? upper : void 0;
        const application = APPLICATION_PROTOCOLS[upper];
        const existingAppProtocol = rawAt(resource, [...port.path, "appProtocol"]);
        let advice;
        let fix;
        if (intended) {
          advice = `Write \`${intended}\`.`;
          fix = replaceScalarFix(resource.object, path4, intended);
        } else if (application) {
          const { transport, appProtocol } = application;
          const addApp = appProtocol !== void 0 && existingAppProtocol === void 0;
          advice = `${String(value)} is an application protocol that runs over ${transport}: write \`protocol: ${transport}\`` + (appProtocol === void 0 ? upper === "HTTP2" || upper === "H2" ? ", and `appProtocol: kubernetes.io/h2c` (HTTP/2 without TLS) or `appProtocol: https` (with TLS) to tell proxies and gateways what it speaks." : "." : existingAppProtocol === void 0 ? `, and \`appProtocol: ${appProtocol}\` to tell proxies and gateways what it speaks.` : ` (its \`appProtocol\` already says what it speaks).`);
          fix = addApp ? withAppProtocolFix(resource.object, port.path, transport, appProtocol) : replaceScalarFix(resource.object, path4, transport);
        } else if (upper.includes("TCP") && upper.includes("UDP")) {
          advice = "A port has one protocol: to serve both, list the port twice with the same number, once with `protocol: TCP` and once with `protocol: UDP`, each with its own `name`.";
        } else {
          advice = "Write `TCP`, `UDP` or `SCTP`, or leave it out for TCP.";
        }
        report2({
          target: { resource, path: path4 },
          message: `${what2}: ${fieldPath(path4)} is ${show(value)}. ${rejected} ("Unsupported value": only "TCP", "UDP" and "SCTP", exactly in capitals); these are the transport protocols kube-proxy forwards. ` + advice,
          fix
        });
      }
    }
  }
};
function withAppProtocolFix(object2, portPath, transport, appProtocol) {
  const protocolPath = [...portPath, "protocol"];
  const replaced = replaceScalarFix(object2, protocolPath, transport);
  const port = locate(object2, portPath).value;
  const key2 = locate(object2, protocolPath).key;
  if (!replaced || !(0, import_yaml17.isMap)(port) || port.flow || !(0, import_yaml17.isScalar)(key2) || !key2.range) return replaced;
  const at3 = object2.file.position(key2.range[0]);
  if (at3.line !== replaced.line) return replaced;
  return {
    ...replaced,
    replacement: `${replaced.replacement}
${" ".repeat(at3.column - 1)}appProtocol: ${appProtocol}`
  };
}

// src/rules/port-name-required.ts
var portNameRequired = {
  meta: {
    id: "port-name-required",
    severity: "error",
    family: "validity",
    summary: "A Service, or an Endpoints subset, with more than one port has an unnamed port.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const service of index.services) {
      const counterparts = (port) => {
        const target = isInteger(port.targetPort) && port.targetPort !== 0 ? port.targetPort : port.port;
        const groups = [
          ...index.endpointsFor(service).flatMap((e) => e.subsets.map((s) => ({ r: e.resource, s }))),
          ...index.slicesFor(service).map((sl) => ({ r: sl.resource, s: sl.group }))
        ];
        return groups.flatMap(
          ({ r, s }) => s.ports.filter((p) => p.name !== "" && p.port === target).map((p) => named(r, p, `${formatResource(r.ref)} port ${p.name}`))
        );
      };
      checkList(service.resource, service.ports, "the Service", counterparts, report2);
    }
    for (const endpoints of index.endpoints) {
      const service = index.serviceOfEndpoints(endpoints);
      for (const subset of endpoints.subsets) {
        const counterparts = (port) => (service?.ports ?? []).filter((p) => p.name !== "" && (isInteger(p.targetPort) ? p.targetPort : p.port) === port.port).map(
          (p) => named(service.resource, p, `${formatResource(service.resource.ref)} port ${p.name}`)
        );
        checkList(endpoints.resource, subset.ports, `subset ${fieldPath(subset.path)}`, counterparts, report2);
      }
    }
  }
};
function named(resource, port, message2) {
  return { name: port.name, related: { resource, path: [...port.path, "name"], message: message2 } };
}
function checkList(resource, ports, owner, counterparts, report2) {
  if (ports.length <= 1) return;
  const used = new Set(ports.map((p) => p.name));
  const what2 = formatResource(resource.ref);
  for (const port of ports) {
    if (port.name !== "") continue;
    const names2 = [...new Set(counterparts(port).map((c) => c.name))].filter(
      (n) => !used.has(n) && dns1123LabelProblem(n) === void 0 && !isPlaceholder(n)
    );
    const suggestion = names2.length === 1 ? names2[0] : void 0;
    const counterpart = counterparts(port).find((c) => c.name === suggestion);
    const rejected = rejectedBy(resource.ref.kind === "Service" ? "Service" : "Endpoints");
    report2({
      target: itemTarget(resource, port.path),
      message: `${what2}: ${fieldPath(port.path)} has no name, but ${owner} has ${ports.length} ports. ${rejected} ("${fieldPath(port.path)}.name: Required value"): with several ports, names are what pair each Service port with its endpoint port. ` + (suggestion ? `Its counterpart is named \`${suggestion}\`: add \`name: ${suggestion}\`.` : "Add a `name:` (a DNS label such as `client`) to every port, and the same names on the other side."),
      related: counterpart ? [counterpart.related] : [],
      fix: suggestion ? prependEntryFix(resource.object, port.path, "name", suggestion) : void 0
    });
  }
}

// src/rules/port-out-of-range.ts
var RANGE = "between 1 and 65535";
var portOutOfRange = {
  meta: {
    id: "port-out-of-range",
    severity: "error",
    family: "validity",
    summary: "A port or targetPort is not a number between 1 and 65535, or an EndpointSlice port has no number.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const list6 of portLists(index)) {
      for (const port of list6.ports) {
        const portPath = [...port.path, "port"];
        const value = rawAt(list6.resource, portPath);
        const problem2 = isPlaceholder(value) ? void 0 : checkPort(list6, port.path, portPath, value);
        if (problem2) report2(problem2);
        if (list6.owner !== "Service") continue;
        const targetPath = [...port.path, "targetPort"];
        const target = rawAt(list6.resource, targetPath);
        if (target === void 0 || target === null || target === 0 || typeof target === "string") continue;
        const targetProblem = checkNumber(
          list6.resource,
          targetPath,
          target,
          "The API server rejects the Service"
        );
        if (targetProblem) report2(targetProblem);
      }
    }
  }
};
function checkPort(list6, itemPath, portPath, value) {
  const { resource } = list6;
  const what2 = formatResource(resource.ref);
  if (list6.owner === "EndpointSlice") {
    if (value === void 0 || value === null || value === 0) {
      return {
        target: value === 0 ? { resource, path: portPath } : itemTarget(resource, itemPath),
        message: `${what2}: ${fieldPath(itemPath)} has ${value === 0 ? "port 0" : "no port number"}. The API server accepts it${value === 0 ? "" : ' (in the API a missing port means "all ports")'}, but kube-proxy ignores an EndpointSlice port ${value === 0 ? "numbered 0" : "without a number"} ("Ignoring invalid endpoint port"), so the Service port it stands for gets no backends. Add the backend's port number, e.g. \`port: 8080\`.`
      };
    }
    if (isInteger(value) && (value < 1 || value > 65535)) {
      return {
        target: { resource, path: portPath },
        message: `${what2}: ${fieldPath(portPath)} is ${value}, not ${RANGE}. The API server does not range-check EndpointSlice ports, but no connection can be forwarded to it: kube-proxy cannot program this backend. Write the port the backend listens on.`
      };
    }
    return checkNumber(resource, portPath, value, "The API server rejects the slice");
  }
  const rejected = rejectedBy(list6.owner);
  if (value === void 0 || value === null) {
    return {
      target: itemTarget(resource, itemPath),
      message: `${what2}: ${fieldPath(itemPath)} has no \`port\`. ${rejected} ("${fieldPath(portPath)}: must be ${RANGE}, inclusive"). Add the port number.`
    };
  }
  return checkNumber(resource, portPath, value, rejected);
}
function checkNumber(resource, path4, value, rejected) {
  const what2 = formatResource(resource.ref);
  const field = fieldPath(path4);
  if (isInteger(value)) {
    if (value >= 1 && value <= 65535) return void 0;
    return {
      target: { resource, path: path4 },
      message: `${what2}: ${field} is ${value}. ${rejected} ("must be ${RANGE}, inclusive"). Write a port ${RANGE}.`
    };
  }
  if (isDigits(value)) {
    const number = Number(value);
    const inRange = number >= 1 && number <= 65535;
    return {
      target: { resource, path: path4 },
      message: `${what2}: ${field} is the string ${JSON.stringify(value)}, but the field is an integer. ${rejected}: it cannot decode a string into a port number. ` + (inRange ? `Write it without quotes: \`${number}\`.` : `Write it without quotes, and ${RANGE}: ${number} is not a port either.`),
      fix: inRange ? rawScalarFix(resource.object, path4, String(number)) : void 0
    };
  }
  return {
    target: { resource, path: path4 },
    message: `${what2}: ${field} is ${show(value)}, not a port number. ${rejected}: the field holds a whole number ${RANGE}${typeof value === "string" ? " (names belong in `name`)" : ""}. Write the port number.`
  };
}

// src/rules/slice-limits.ts
var MAX_ENDPOINTS = 1e3;
var MAX_ADDRESSES = 100;
var MAX_PORTS = 2e4;
var OLD_MAX_PORTS = 100;
var sliceLimits = {
  meta: {
    id: "slice-limits",
    severity: "error",
    family: "validity",
    summary: "An EndpointSlice has more than 1000 endpoints, an endpoint with 0 or more than 100 addresses, or more than 20000 ports (warning above 100)."
  },
  check({ index, report: report2 }) {
    for (const slice of index.slices) {
      const { resource } = slice;
      const what2 = formatResource(resource.ref);
      const endpoints = rawAt(resource, ["endpoints"]);
      if (Array.isArray(endpoints) && endpoints.length > MAX_ENDPOINTS) {
        report2({
          target: keyTarget(resource, ["endpoints"]),
          message: `${what2} has ${endpoints.length} endpoints. The API server rejects a slice with more than ${MAX_ENDPOINTS} ("endpoints: Too many"), so none of them reach the Service. Split them over several EndpointSlices with the same \`kubernetes.io/service-name\` label (the controllers keep 100 per slice).`
        });
      } else {
        for (const endpoint of slice.endpoints) {
          const addressesPath = [...endpoint.path, "addresses"];
          const addresses = rawAt(resource, addressesPath);
          const count = Array.isArray(addresses) ? addresses.length : 0;
          if (count === 0) {
            report2({
              target: Array.isArray(addresses) ? keyTarget(resource, addressesPath) : itemTarget(resource, endpoint.path),
              message: `${what2}: ${fieldPath(endpoint.path)} has no addresses. The API server rejects the slice ("${fieldPath(addressesPath)}: Required value: must contain at least 1 address"). Give the endpoint its address, or remove it.`
            });
          } else if (count > MAX_ADDRESSES) {
            report2({
              target: keyTarget(resource, addressesPath),
              message: `${what2}: ${fieldPath(endpoint.path)} has ${count} addresses. The API server rejects more than ${MAX_ADDRESSES} per endpoint ("Too many"), and consumers use only the first address anyway. Give each backend its own endpoint.`
            });
          }
        }
      }
      const ports = rawAt(resource, ["ports"]);
      if (!Array.isArray(ports) || ports.length <= OLD_MAX_PORTS) continue;
      const tooMany = ports.length > MAX_PORTS;
      report2({
        target: keyTarget(resource, ["ports"]),
        severity: tooMany ? "error" : "warning",
        message: tooMany ? `${what2} has ${ports.length} ports. The API server rejects a slice with more than ${MAX_PORTS} ("ports: Too many"). Split the ports over several Services or slices.` : `${what2} has ${ports.length} ports. Current API servers accept up to ${MAX_PORTS}, but clusters older than v1.21 (and 1.18-1.20 before their March 2021 patch releases) reject more than ${OLD_MAX_PORTS} ("ports: Too many: must have at most 100 items"). Keep it to ${OLD_MAX_PORTS} if you deploy to such clusters.`
      });
    }
  }
};

// src/rules/slice-missing-managed-by.ts
var sliceMissingManagedBy = {
  meta: {
    id: "slice-missing-managed-by",
    severity: "notice",
    family: "advice",
    summary: `A hand-written EndpointSlice without the \`${MANAGED_BY_LABEL}\` label.`
  },
  check({ index, report: report2 }) {
    for (const slice of index.slices) {
      if (slice.managedBy) continue;
      const { resource } = slice;
      const labels = rawAt(resource, ["metadata", "labels"]);
      report2({
        target: keyTarget(resource, labels !== void 0 ? ["metadata", "labels"] : ["metadata"]),
        message: `${formatResource(resource.ref)} has no \`${MANAGED_BY_LABEL}\` label. Kubernetes recommends it on every EndpointSlice: it tells the EndpointSlice controllers, other tools and people which entity owns the slice, so that several managers can share a cluster without touching each other’s slices. Add \`${MANAGED_BY_LABEL}: <tool>.<your-domain>\` (e.g. gitops.example.com) to its labels; do not use the values of the Kubernetes controllers (endpointslice-controller.k8s.io, endpointslicemirroring-controller.k8s.io).`
      });
    }
  }
};

// src/rules/slice-multiple-addresses.ts
var sliceMultipleAddresses = {
  meta: {
    id: "slice-multiple-addresses",
    severity: "warning",
    family: "advice",
    summary: "An EndpointSlice endpoint lists several addresses: kube-proxy uses only the first."
  },
  check({ index, report: report2 }) {
    for (const slice of index.slices) {
      for (const endpoint of slice.endpoints) {
        if (endpoint.addresses.length < 2) continue;
        const first = endpoint.addresses[0];
        const second = endpoint.addresses[1];
        const extra = endpoint.addresses.length - 1;
        report2({
          target: { resource: slice.resource, path: second.ipPath },
          message: `${formatResource(slice.resource.ref)}: ${fieldPath(endpoint.path)} lists ${endpoint.addresses.length} addresses. The addresses of one endpoint are meant to be the same backend (kubernetes/kubernetes#106267), and kube-proxy programs only the first (${JSON.stringify(first.ip)}), so the other ${extra === 1 ? "one receives" : `${extra} receive`} no traffic. Give each backend its own entry under \`endpoints:\`.`,
          related: [{ resource: slice.resource, path: first.ipPath, message: "the address kube-proxy uses" }]
        });
      }
    }
  }
};

// src/rules/special-endpoint-ip.ts
var WHY = {
  unspecified: "it names no host: nothing can connect to it",
  loopback: "it is each node's own host, not a backend: every node would send the traffic to itself",
  "link-local": "it is only meaningful on one network link and is used for node-local services such as the cloud metadata endpoint 169.254.169.254, which must not be reachable through a Service",
  "link-local multicast": "it is a multicast group on the local link, not a host"
};
var specialEndpointIp = {
  meta: {
    id: "special-endpoint-ip",
    severity: "error",
    family: "validity",
    summary: "An endpoint address is unspecified, loopback, link-local or link-local multicast, which the API server refuses."
  },
  check({ index, report: report2 }) {
    const check3 = (resource, path4, value) => {
      if (typeof value !== "string") return;
      const ip = parseIPSloppy(value);
      const range = ip && specialRange(ip);
      if (!range) return;
      const what2 = formatResource(resource.ref);
      const whole = resource.ref.kind === "Endpoints" ? "the whole Endpoints" : "the whole slice";
      report2({
        target: { resource, path: path4 },
        message: `${what2}: ${fieldPath(path4)} ${JSON.stringify(value)} is in ${SPECIAL_RANGE_TEXT[range]}. The API server refuses such endpoint addresses and rejects ${whole}, because ${WHY[range]}. Use the backend's routable address (a Pod, node or external host IP).`
      });
    };
    for (const { resource, address } of endpointsAddresses2(index))
      check3(resource, address.ipPath, address.ip);
    for (const slice of index.slices) {
      if (sliceFamily(slice.addressType) === void 0) continue;
      for (const endpoint of slice.endpoints)
        for (const address of endpoint.addresses) check3(slice.resource, address.ipPath, address.ip);
    }
  }
};

// src/rules/subset-without-addresses.ts
var nonEmptyList = (v) => Array.isArray(v) && v.length > 0;
var subsetWithoutAddresses = {
  meta: {
    id: "subset-without-addresses",
    severity: "error",
    family: "validity",
    summary: "An Endpoints subset has neither `addresses` nor `notReadyAddresses`."
  },
  check({ index, report: report2 }) {
    for (const endpoints of index.endpoints) {
      const { resource } = endpoints;
      for (const subset of endpoints.subsets) {
        if (nonEmptyList(rawAt(resource, [...subset.path, "addresses"]))) continue;
        if (nonEmptyList(rawAt(resource, [...subset.path, "notReadyAddresses"]))) continue;
        const where = fieldPath(subset.path);
        const toFill = Array.isArray(rawAt(resource, [...subset.path, "addresses"])) && nonEmptyList(rawAt(resource, [...subset.path, "ports"]));
        report2({
          target: itemTarget(resource, subset.path),
          ...toFill ? { severity: "notice" } : {},
          message: `${formatResource(resource.ref)}: subset ${where} has no addresses${toFill ? " (`addresses: []`, perhaps filled in before it is applied)" : ""}. The API server rejects the whole Endpoints ("${where}: Required value: must specify \`addresses\` or \`notReadyAddresses\`"), so the Service gets none of its backends. Add the backends' IPs under \`addresses:\`, or remove the subset (an Endpoints with no backends has \`subsets: []\`).`
        });
      }
    }
  }
};

// src/rules/schema/fields.ts
var scalar = { type: "scalar" };
var map = { type: "map" };
var opaque = { type: "opaque" };
var object = (fields) => ({ type: "object", fields });
var list3 = (items) => ({ type: "list", items });
var scalars = (...names2) => Object.fromEntries(names2.map((n) => [n, scalar]));
var objectMeta = object({
  ...scalars(
    "name",
    "generateName",
    "namespace",
    "selfLink",
    "uid",
    "resourceVersion",
    "generation",
    "creationTimestamp",
    "deletionTimestamp",
    "deletionGracePeriodSeconds"
  ),
  labels: map,
  annotations: map,
  ownerReferences: opaque,
  finalizers: opaque,
  managedFields: opaque
});
var objectReference = object(
  scalars("kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath")
);
var servicePort = object(scalars("name", "protocol", "appProtocol", "port", "targetPort", "nodePort"));
var serviceSpec = object({
  ports: list3(servicePort),
  selector: map,
  ...scalars(
    "clusterIP",
    "type",
    "sessionAffinity",
    "loadBalancerIP",
    "externalName",
    "externalTrafficPolicy",
    "healthCheckNodePort",
    "publishNotReadyAddresses",
    "ipFamilyPolicy",
    "allocateLoadBalancerNodePorts",
    "loadBalancerClass",
    "internalTrafficPolicy",
    "trafficDistribution"
  ),
  clusterIPs: list3(scalar),
  externalIPs: list3(scalar),
  loadBalancerSourceRanges: list3(scalar),
  ipFamilies: list3(scalar),
  sessionAffinityConfig: object({ clientIP: object(scalars("timeoutSeconds")) })
});
var SERVICE_SCHEMA = object({
  ...scalars("apiVersion", "kind"),
  metadata: objectMeta,
  spec: serviceSpec,
  status: opaque
});
var endpointAddress = object({ ...scalars("ip", "hostname", "nodeName"), targetRef: objectReference });
var coreEndpointPort = object(scalars("name", "port", "protocol", "appProtocol"));
var ENDPOINTS_SCHEMA = object({
  ...scalars("apiVersion", "kind"),
  metadata: objectMeta,
  subsets: list3(
    object({
      addresses: list3(endpointAddress),
      notReadyAddresses: list3(endpointAddress),
      ports: list3(coreEndpointPort)
    })
  )
});
var sliceEndpoint = object({
  addresses: list3(scalar),
  conditions: object(scalars("ready", "serving", "terminating")),
  ...scalars("hostname", "nodeName", "zone"),
  targetRef: objectReference,
  deprecatedTopology: map,
  hints: object({
    forZones: list3(object(scalars("name"))),
    forNodes: list3(object(scalars("name")))
  })
});
var ENDPOINT_SLICE_SCHEMA = object({
  ...scalars("apiVersion", "kind", "addressType"),
  metadata: objectMeta,
  endpoints: list3(sliceEndpoint),
  ports: list3(object(scalars("name", "protocol", "port", "appProtocol")))
});
var SCHEMA_BY_KIND = {
  Service: SERVICE_SCHEMA,
  Endpoints: ENDPOINTS_SCHEMA,
  EndpointSlice: ENDPOINT_SLICE_SCHEMA
};
function allFields(schema) {
  const out = [];
  const visit6 = (s, parent) => {
    if (s.type === "list") return visit6(s.items, `${parent}[]`);
    if (s.type !== "object") return;
    for (const [name, child] of Object.entries(s.fields)) {
      out.push({ name, parent, schema: child });
      visit6(child, parent === "" ? name : `${parent}.${name}`);
    }
  };
  visit6(schema, "");
  return out;
}

// src/rules/unknown-field.ts
var MERGE_KEY = "<<";
var unknownField = {
  meta: {
    id: "unknown-field",
    severity: "error",
    family: "validity",
    summary: "A field that the Service, Endpoints or EndpointSlice schema does not define.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const resource of index.resources) {
      const schema = SCHEMA_BY_KIND[resource.ref.kind];
      if (!schema || resource.object.apiVersion !== SERVED_VERSION[resource.ref.kind]) continue;
      const walker = new Walker(resource, allFields(schema), report2);
      walker.object(schema, resource.object.value, [], "");
    }
  }
};
var normalize = (name) => name.toLowerCase().replace(/[-_]/g, "");
var Walker = class {
  constructor(resource, locations, report2) {
    this.resource = resource;
    this.locations = locations;
    this.report = report2;
  }
  resource;
  locations;
  report;
  object(schema, value, path4, parent) {
    for (const [key2, child] of Object.entries(value)) {
      if (key2 === MERGE_KEY || key2.startsWith("$")) continue;
      if (isPlaceholder(key2, { allCaps: false })) continue;
      if (path4.length === 0 && key2 === "status") continue;
      const field = schema.fields[key2];
      if (field) {
        this.field(field, child, [...path4, key2], parent === "" ? key2 : `${parent}.${key2}`);
        continue;
      }
      const meant = this.unknown(schema, value, key2, [...path4, key2], parent);
      if (meant !== void 0)
        this.field(
          schema.fields[meant],
          child,
          [...path4, key2],
          parent === "" ? meant : `${parent}.${meant}`
        );
    }
  }
  field(schema, value, path4, name) {
    if (schema.type === "object" && isRecord(value)) this.object(schema, value, path4, name);
    if (schema.type === "list" && Array.isArray(value))
      value.forEach((item, i) => this.field(schema.items, item, [...path4, i], `${name}[]`));
  }
  /** Reports an unknown field; returns the field it was certainly meant to be, if any. */
  unknown(schema, siblings, key2, path4, parent) {
    const { resource } = this;
    const what2 = formatResource(resource.ref);
    const value = siblings[key2];
    const names2 = Object.keys(schema.fields);
    const sameName = names2.find((n) => normalize(n) === normalize(key2));
    const close = sameName ?? closeName(key2, names2);
    const fits = close !== void 0 && fitsShape(schema.fields[close], value);
    const elsewhere = this.locations.filter(
      (l) => normalize(l.name) === normalize(key2) && l.parent !== parent
    );
    let advice;
    let suggestion;
    if (close !== void 0 && (sameName !== void 0 || fits)) {
      suggestion = close;
      advice = sameName ? `Field names are case-sensitive: write \`${close}\`.` : `Did you mean \`${close}\`?`;
    } else if (elsewhere.length > 0) {
      advice = `\`${elsewhere[0].name}\` is a field of ${describe3(elsewhere[0].parent, resource.ref.kind)}` + (elsewhere.length > 1 ? ` (and of ${describe3(elsewhere[1].parent, resource.ref.kind)})` : "") + ": move it there.";
    } else if (close !== void 0) {
      advice = `Did you mean \`${close}\`? (It holds a different kind of value.)`;
    } else {
      advice = `Known fields here: ${names2.map((n) => `\`${n}\``).join(", ")}.`;
    }
    const duplicate = suggestion !== void 0 && suggestion in siblings;
    if (duplicate) advice += ` (\`${suggestion}\` is already set here: merge the two.)`;
    this.report({
      target: { resource, path: path4, anchor: "key" },
      message: `${what2}: \`${key2}\` is not a field of ${describe3(parent, resource.ref.kind)}. kubectl's strict field validation (its default) rejects the object; clients that skip it make the API server drop the field silently, so what it holds never takes effect. ${advice}`,
      fix: suggestion !== void 0 && !duplicate ? renameKeyFix(resource.object, path4, suggestion) : void 0
    });
    return suggestion;
  }
};
function closeName(key2, names2) {
  const lower = closestName(
    key2.toLowerCase(),
    names2.map((n) => n.toLowerCase())
  );
  const close = names2.find((n) => n.toLowerCase() === lower);
  if (close !== void 0) return close;
  const swapped = names2.filter((n) => isTransposition(key2.toLowerCase(), n.toLowerCase()));
  return swapped.length === 1 ? swapped[0] : void 0;
}
function isTransposition(a, b) {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
function fitsShape(schema, value) {
  if (value === null || value === void 0 || schema.type === "opaque") return true;
  if (schema.type === "list") return Array.isArray(value);
  if (schema.type === "object" || schema.type === "map") return isRecord(value);
  return !Array.isArray(value) && !isRecord(value);
}
function describe3(parent, kind) {
  if (parent === "") return `the top level of ${kind === "Endpoints" ? "an" : "a"} ${kind}`;
  if (parent.endsWith("[]")) return `an item of \`${parent.slice(0, -2)}\``;
  return `\`${parent}\``;
}

// src/rules/yaml-syntax.ts
var yamlSyntax = {
  meta: {
    id: "yaml-syntax",
    severity: "error",
    family: "input",
    summary: "A manifest file (or one document in it) does not parse as YAML or JSON."
  },
  check({ index, report: report2 }) {
    for (const parsed of index.files) {
      for (const problem2 of parsed.syntaxProblems) {
        report2({
          target: { file: parsed.file, region: problem2.region },
          message: message(parsed.file.path, problem2),
          // An error only where kubectl refuses the document too (or kube-pairing cannot read it at all);
          // a duplicate key kubectl accepts, or YAML only the stricter parser refuses, is a warning.
          ...problem2.overLimit || problem2.kubectlRejects ? {} : { severity: problem2.duplicateKey?.sameValue ? "notice" : "warning" },
          // Positions are left out of the key: a fingerprint stays when lines move.
          key: problem2.message.replace(/\b(line|column) \d+/g, "$1")
        });
      }
    }
  }
};
function message(path4, problem2) {
  const where = problem2.document ? ` (document ${problem2.document.number} of ${problem2.document.count})` : "";
  if (problem2.overLimit) {
    return `${path4} is not checked: ${problem2.message}. Nothing in this document is checked (the other documents and files are); a manifest this large or deep is almost certainly generated by mistake or hostile. Simplify it, or exclude the file with \`ignore:\`.`;
  }
  if (problem2.duplicateKey?.sameValue) {
    return `${path4}${where}: ${problem2.message} (first at line ${problem2.duplicateKey.first.line}), both times with the same value. kubectl accepts it (its decoder keeps the last value), so nothing is lost, but YAML forbids duplicate keys and stricter tools refuse the file. Delete one of them.`;
  }
  if (problem2.duplicateKey) {
    return `${path4}${where}: ${problem2.message} (first at line ${problem2.duplicateKey.first.line}). YAML forbids duplicate keys, yet kubectl does not reject them: its decoder (sigs.k8s.io/yaml) silently keeps the last value, so the earlier one never reaches the cluster. kube-pairing checks the object with the last value too. Delete the entry that is not meant.`;
  }
  if (problem2.kubectlRejects) {
    return `${path4} does not parse${where}: ${problem2.message}. kubectl rejects this document too, so nothing in it reaches the cluster, and kube-pairing cannot check it; the other documents and files are still checked. Fix the syntax at this position.`;
  }
  return `${path4} does not parse${where}: ${problem2.message}. kube-pairing cannot check this document (the other documents and files are still checked). kubectl reads YAML with a different parser (go-yaml), which may accept it; if \`kubectl apply --dry-run=client\` does, please report it. Otherwise fix the syntax at this position.`;
}

// src/rules/kustomize-not-modelled.ts
var NOT_MODELLED = {
  helmCharts: "renders Helm charts into the build",
  helmChartInflationGenerator: "renders a Helm chart into the build",
  generators: "runs generator plugins that add objects",
  transformers: "runs transformer plugins that change objects",
  validators: "runs validator plugins",
  vars: "substitutes variables into objects",
  openapi: "changes the schema that patches merge with",
  crds: "adds merge rules from custom resource definitions",
  configurations: "changes which fields transformers write"
};
var kustomizeNotModelled = {
  meta: {
    id: "kustomize-not-modelled",
    severity: "notice",
    family: "input",
    summary: "A kustomization uses a field or a remote resource kube-pairing does not model: what it adds or changes is not checked."
  },
  check({ index, report: report2 }) {
    for (const parsed of index.files) {
      const document = parsed.kustomization?.document;
      if (!document) continue;
      const raw = document.value;
      for (const [field, does] of Object.entries(NOT_MODELLED)) {
        if (raw[field] === void 0 || raw[field] === null) continue;
        const place3 = placeOf(document, [field], "key");
        report2({
          target: { file: place3.file, region: place3.region },
          message: `${parsed.file.path}: \`${field}\` ${does}, which kube-pairing does not model: the objects it adds or the changes it makes are not checked, and the pairing rules treat what it may provide as unknown rather than missing. To check them too, write the output of \`kustomize build\` to a file and run kube-pairing on it.`,
          key: field
        });
      }
      for (const field of ["resources", "bases", "components"]) {
        const entries = Array.isArray(raw[field]) ? raw[field] : [];
        entries.forEach((entry, i) => {
          if (typeof entry !== "string" || !REMOTE.test(entry)) return;
          const place3 = placeOf(document, [field, i]);
          report2({
            target: { file: place3.file, region: place3.region },
            message: `${parsed.file.path}: the remote resource \`${entry}\` is not fetched (kube-pairing reads only the files it is given): the objects it adds are not checked, and the pairing rules treat what it may provide as unknown rather than missing.`,
            key: `${field}[${i}]`
          });
        });
      }
    }
  }
};

// src/rules/kustomize-patch-no-target.ts
var kustomizePatchNoTarget = {
  meta: {
    id: "kustomize-patch-no-target",
    severity: "error",
    family: "input",
    summary: "A kustomize strategic-merge patch without `target` matches no object of its build, so `kustomize build` fails."
  },
  check({ index, report: report2 }) {
    const idOf = (u) => `${u.step.kustomization.document?.file.path}|${u.entry.field}|${u.entry.index}|${u.kind}|${u.name}`;
    const matched = new Set(index.patchUses.filter((u) => u.matched > 0).map(idOf));
    const reported = /* @__PURE__ */ new Set();
    for (const use of index.patchUses) {
      const id = idOf(use);
      if (matched.has(id) || reported.has(id) || use.kind === "" || use.name === "") continue;
      if (use.kind === "ConfigMap" || use.kind === "Secret") continue;
      if (use.unit && index.hidden.some((h) => h.unit === use.unit)) continue;
      const document = use.step.kustomization.document;
      if (!document) continue;
      reported.add(id);
      const place3 = placeOf(document, [use.entry.field, use.entry.index]);
      report2({
        target: { file: place3.file, region: place3.region },
        message: `${document.file.path}: the patch \`${use.entry.field}[${use.entry.index}]\` is for ${use.kind} ${use.name}, but no ${use.kind} of that name and namespace is part of this kustomize build. A patch without \`target:\` must match an object of the build by apiVersion, kind, name and namespace (a patch without \`namespace:\` matches only an object without one, or in \`default\`), or \`kustomize build\` fails (` + (use.entry.field === "patchesStrategicMerge" ? '"no matches for Id …; failed to find unique target for patch"' : '"no resource matches strategic merge patch"') + ") and nothing of the build is applied. Correct the patch's `kind`, `metadata.name` and `metadata.namespace` to those of an object the build holds (its name before any namePrefix or nameSuffix), or remove the patch.",
        key: id
      });
    }
  }
};

// src/engine/routes.ts
var list4 = (v) => Array.isArray(v) ? v : [];
var text3 = (v) => v === void 0 || v === null ? "" : String(v);
var describePath = (path4) => path4.map((step2, i) => typeof step2 === "number" ? `[${step2}]` : i === 0 ? step2 : `.${step2}`).join("");
var isIngress = (r) => r.object.kind === "Ingress" && r.object.apiVersion === "networking.k8s.io/v1";
var ROUTE_KINDS = ["HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute", "UDPRoute"];
var isRoute = (r) => ROUTE_KINDS.includes(r.object.kind) && r.object.apiVersion.startsWith("gateway.networking.k8s.io/");
function ingressBackends(resource) {
  if (!isIngress(resource)) return [];
  const spec = resource.object.value.spec;
  if (!isRecord(spec)) return [];
  const backends = [
    { backend: spec.defaultBackend, path: ["spec", "defaultBackend"] }
  ];
  list4(spec.rules).forEach((rule, i) => {
    if (!isRecord(rule) || !isRecord(rule.http)) return;
    list4(rule.http.paths).forEach((p, j) => {
      if (isRecord(p))
        backends.push({ backend: p.backend, path: ["spec", "rules", i, "http", "paths", j, "backend"] });
    });
  });
  const references = [];
  for (const { backend, path: path4 } of backends) {
    if (!isRecord(backend) || !isRecord(backend.service)) continue;
    const service = backend.service;
    const servicePath = [...path4, "service"];
    const reference = {
      resource,
      path: servicePath,
      namePath: [...servicePath, "name"],
      name: text3(service.name),
      namespace: resource.ref.namespace,
      where: describePath(path4)
    };
    const port = isRecord(service.port) ? service.port : void 0;
    const portPath = [...servicePath, "port"];
    if (port && port.name !== void 0 && port.name !== null && port.name !== "")
      reference.port = { by: "name", name: text3(port.name), path: [...portPath, "name"] };
    else if (port && port.number !== void 0 && port.number !== null)
      reference.port = { by: "number", number: port.number, path: [...portPath, "number"] };
    references.push(reference);
  }
  return references;
}
function routeBackendRefs(resource) {
  if (!isRoute(resource)) return [];
  const spec = resource.object.value.spec;
  if (!isRecord(spec)) return [];
  const refs = [];
  const mirrors = (filters, base) => {
    list4(filters).forEach((f, k) => {
      if (isRecord(f) && isRecord(f.requestMirror))
        add(f.requestMirror.backendRef, [...base, k, "requestMirror", "backendRef"]);
    });
  };
  const add = (ref, path4) => {
    if (!isRecord(ref)) return;
    const written = ref.namespace !== void 0 && ref.namespace !== null && ref.namespace !== "";
    const backendRef = {
      resource,
      path: path4,
      namePath: [...path4, "name"],
      name: text3(ref.name),
      namespace: written ? text3(ref.namespace) : resource.ref.namespace,
      group: text3(ref.group),
      kind: ref.kind === void 0 || ref.kind === null ? "Service" : text3(ref.kind),
      where: describePath(path4)
    };
    if (written) backendRef.namespacePath = [...path4, "namespace"];
    if (ref.port !== void 0 && ref.port !== null)
      backendRef.port = { by: "number", number: ref.port, path: [...path4, "port"] };
    refs.push(backendRef);
  };
  list4(spec.rules).forEach((rule, i) => {
    if (!isRecord(rule)) return;
    list4(rule.backendRefs).forEach((ref, j) => {
      add(ref, ["spec", "rules", i, "backendRefs", j]);
      if (isRecord(ref)) mirrors(ref.filters, ["spec", "rules", i, "backendRefs", j, "filters"]);
    });
    mirrors(rule.filters, ["spec", "rules", i, "filters"]);
  });
  return refs;
}
var isServiceRef = (ref) => ref.group === "" && ref.kind === "Service";
function lookupService(index, ref) {
  const service = index.pairedService(ref.resource, ref.namespace, ref.name);
  if (service) return { service, exists: true, elsewhere: [], visible: true };
  if (index.service(ref.namespace, ref.name)) return { exists: true, elsewhere: [], visible: true };
  const local = index.together(ref.resource, index.servicesIn(ref.namespace));
  const elsewhere = index.near(ref.resource, index.servicesNamed(ref.name)).filter((s) => s.resource.ref.namespace !== ref.namespace);
  const candidates = index.servicesFor(ref.resource, ref.namespace);
  const name = closestName(
    ref.name,
    candidates.map((s) => s.resource.ref.name)
  );
  const suggestion = candidates.find((s) => s.resource.ref.name === name);
  const lookup2 = {
    exists: false,
    elsewhere,
    visible: suggestion !== void 0 || (local.length > 0 || elsewhere.length > 0) && ref.namespace !== "kube-system" && index.hiddenIn(ref.namespace, ref.resource).length === 0
  };
  if (suggestion) lookup2.suggestion = suggestion;
  return lookup2;
}
function referencedServices(resources) {
  const names2 = /* @__PURE__ */ new Set();
  for (const r of resources) {
    for (const ref of ingressBackends(r)) names2.add(`${ref.namespace}/${ref.name}`);
    for (const ref of routeBackendRefs(r)) if (isServiceRef(ref)) names2.add(`${ref.namespace}/${ref.name}`);
  }
  return names2;
}
function lookupServicePort(service, port) {
  const ports = service.ports;
  if (port.by === "name") {
    const match4 = ports.find((p) => p.name === port.name);
    if (match4) return { match: match4 };
    const byTarget2 = ports.filter((p) => p.targetPort === port.name && p.name !== "");
    if (byTarget2.length === 1) return { suggestion: { port: byTarget2[0], why: "targetPort" } };
    const name = closestName(
      port.name,
      ports.map((p) => p.name).filter((n) => n !== "")
    );
    const closest2 = ports.find((p) => p.name === name && p.name !== "");
    return closest2 ? { suggestion: { port: closest2, why: "closest-name" } } : {};
  }
  const number = portNumber(port.number);
  if (number === void 0) return {};
  const match3 = ports.find((p) => portNumber(p.port) === number);
  if (match3) return { match: match3 };
  const byTarget = ports.filter((p) => portNumber(p.targetPort) === number);
  if (byTarget.length === 1) return { suggestion: { port: byTarget[0], why: "targetPort" } };
  if (ports.length === 1 && portNumber(ports[0].port) !== void 0)
    return { suggestion: { port: ports[0], why: "only-port" } };
  return {};
}
function listServicePorts(service) {
  return service.ports.map((p) => `${p.name === "" ? "(unnamed)" : `\`${p.name}\``} (${String(p.port)}/${p.protocol})`).join(", ");
}
function missingServiceHint(ref, lookup2, referrer) {
  if (lookup2.suggestion) return `Did you mean \`${lookup2.suggestion.resource.ref.name}\`?`;
  if (lookup2.elsewhere.length > 0) {
    return `${lookup2.elsewhere.map((s) => formatResource(s.resource.ref)).join(", ")} has that name but is in another namespace: ` + (referrer === "Ingress" ? "an Ingress cannot reach a Service of another namespace; put the Ingress in the Service’s namespace (or the Service in the Ingress’s)." : "set the backendRef’s `namespace:` to it (the target namespace then needs a ReferenceGrant allowing the route), or move the Service.");
  }
  return `Name one of the Services of namespace ${ref.namespace}, or add the Service ${ref.namespace}/${ref.name}.`;
}
function missingServiceRelated(index, ref, lookup2) {
  if (lookup2.suggestion) return [nameOf(lookup2.suggestion)];
  if (lookup2.elsewhere.length > 0)
    return lookup2.elsewhere.map((s) => ({
      resource: s.resource,
      path: s.resource.namespaceSource === "explicit" ? ["metadata", "namespace"] : ["metadata", "name"],
      message: formatResource(s.resource.ref)
    }));
  const referenced = referencedOnce(index);
  const candidates = index.servicesFor(ref.resource, ref.namespace).filter((s) => !referenced.has(`${s.resource.ref.namespace}/${s.resource.ref.name}`));
  return candidates.map((s) => ({ s, d: editDistance(ref.name, s.resource.ref.name) })).sort((a, b) => a.d - b.d).slice(0, 3).map(({ s }) => nameOf(s, `${formatResource(s.resource.ref)} (referenced by no Ingress or route)`));
}
var referencedCache = /* @__PURE__ */ new WeakMap();
function referencedOnce(index) {
  let names2 = referencedCache.get(index);
  if (!names2) referencedCache.set(index, names2 = referencedServices(index.resources));
  return names2;
}
var nameOf = (s, message2) => ({
  resource: s.resource,
  path: ["metadata", "name"],
  message: message2 ?? formatResource(s.resource.ref)
});
function portMismatch(service, port) {
  if (port.by === "number" && portNumber(port.number) === void 0) return void 0;
  const lookup2 = lookupServicePort(service, port);
  if (lookup2.match) return void 0;
  const wanted = port.by === "name" ? `port \`${port.name}\`` : `port ${String(port.number)}`;
  const mismatch = {
    wanted,
    ports: listServicePorts(service),
    hint: "Name one of the Service's ports, or add the port to the Service."
  };
  const s = lookup2.suggestion;
  if (!s && port.by === "name" && service.ports.every((p) => p.name === "")) {
    mismatch.hint = "The Service's port has no name: refer to it by `number:`, or give the Service port a `name:`.";
  }
  if (!s) return mismatch;
  const replacement = port.by === "name" ? s.port.name : String(portNumber(s.port.port));
  const target = s.port.name === "" ? `port ${String(s.port.port)}` : `port \`${s.port.name}\` (${String(s.port.port)})`;
  mismatch.suggestion = s.port;
  mismatch.replacement = replacement;
  mismatch.hint = s.why === "targetPort" ? `${port.by === "name" ? `\`${port.name}\`` : String(port.number)} is the targetPort of Service ${target}: name the Service port instead, \`${replacement}\`.` : s.why === "closest-name" ? `Did you mean \`${replacement}\`?` : `The Service has a single port, ${target}: use \`${replacement}\`.`;
  return mismatch;
}

// src/rules/ingress-backend-missing-port.ts
var ingressBackendMissingPort = {
  meta: {
    id: "ingress-backend-missing-port",
    severity: "error",
    family: "workloads",
    summary: "An Ingress backend's `port.name` / `port.number` is not a port of its Service.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const resource of index.resources) {
      for (const backend of ingressBackends(resource)) {
        const service = index.pairedService(resource, backend.namespace, backend.name);
        if (!service || !backend.port || service.type === "ExternalName" || service.ports.length === 0)
          continue;
        const mismatch = portMismatch(service, backend.port);
        if (!mismatch) continue;
        report2({
          target: { resource, path: backend.port.path },
          message: `${what(resource.ref)} backend \`${backend.where}\` names ${mismatch.wanted} of ${what(service.resource.ref)}, but the Service has no such port (its ports: ${mismatch.ports}). An Ingress backend names a port of the Service itself (its \`name\` or its \`port\` number, never the \`targetPort\`); the ingress controller finds no endpoints for an unknown port and answers these requests with an error (typically 503). ` + mismatch.hint,
          related: [
            related(service.resource, ["spec", "ports"], `${what(service.resource.ref)} ports`),
            ...mismatch.suggestion ? [related(service.resource, mismatch.suggestion.path)] : []
          ],
          fix: mismatch.replacement !== void 0 ? replaceScalarFix(resource.object, backend.port.path, mismatch.replacement) : void 0
        });
      }
    }
  }
};

// src/rules/ingress-backend-missing-service.ts
var ingressBackendMissingService = {
  meta: {
    id: "ingress-backend-missing-service",
    severity: "error",
    family: "workloads",
    summary: "An Ingress backend names a Service that does not exist in the Ingress's namespace.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const resource of index.resources) {
      for (const backend of ingressBackends(resource)) {
        if (backend.name === "") continue;
        const lookup2 = lookupService(index, backend);
        if (lookup2.service || lookup2.exists || !lookup2.visible) continue;
        report2({
          target: { resource, path: backend.namePath },
          message: `${what(resource.ref)} backend \`${backend.where}\` names Service ${backend.name}, but no Service of that name exists in ${describeNamespace(resource)} among the scanned manifests. An Ingress backend always refers to a Service in the Ingress's own namespace; without it the ingress controller has no endpoints for these requests and answers them with an error (typically 503). ` + missingServiceHint(backend, lookup2, "Ingress"),
          related: missingServiceRelated(index, backend, lookup2),
          fix: lookup2.suggestion ? replaceScalarFix(resource.object, backend.namePath, lookup2.suggestion.resource.ref.name) : void 0
        });
      }
    }
  }
};

// src/rules/route-backend-missing-service.ts
var DROPPED = "The implementation sets the route’s `ResolvedRefs` condition to False and drops this backend: requests it should serve fail (HTTPRoute: 500).";
var routeBackendMissingService = {
  meta: {
    id: "route-backend-missing-service",
    severity: "error",
    family: "workloads",
    summary: "A Gateway API route `backendRefs` entry (kind Service) names no Service in its namespace, no port, or a port the Service does not have.",
    fixable: true
  },
  check({ index, report: report2 }) {
    for (const resource of index.resources) {
      for (const ref of routeBackendRefs(resource)) {
        if (!isServiceRef(ref) || ref.name === "") continue;
        const route = what(resource.ref);
        const service = `Service ${ref.namespace}/${ref.name}`;
        const lookup2 = lookupService(index, ref);
        const renamed = lookup2.service ? void 0 : index.renamedFrom(resource, ref.namespace, ref.name);
        if (renamed) {
          report2({
            target: { resource, path: ref.namePath },
            message: `${route} backendRef \`${ref.where}\` names ${service}, but its kustomize build renames that Service to ${renamed.resource.ref.name} (namePrefix / nameSuffix) and leaves backendRefs as written: kustomize rewrites Ingress backends to a renamed Service, not Gateway API routes. ${DROPPED} Name the built Service \`${renamed.resource.ref.name}\` where the prefix is added (a patch of that kustomization), or drop the prefix.`,
            related: [
              related(
                renamed.resource,
                ["metadata", "name"],
                `${what(renamed.resource.ref)}, renamed by the build`
              )
            ]
          });
          continue;
        }
        if (!ref.port) {
          report2({
            target: { resource, path: ref.namePath },
            key: "port",
            message: `${route} backendRef \`${ref.where}\` refers to ${service} without a \`port\`. The Gateway API requires \`port\` for a Service backend (the Service port number, not the targetPort), so the API server rejects the route. ` + (lookup2.service && lookup2.service.ports.length === 1 && lookup2.service.ports[0].port !== void 0 ? `Add \`port: ${String(lookup2.service.ports[0].port)}\`, the Service's only port.` : lookup2.service && lookup2.service.ports.length > 0 ? `Add \`port:\` with one of the Service's ports: ${listServicePorts(lookup2.service)}.` : "Add `port:` with the Service port number."),
            related: lookup2.service ? [related(lookup2.service.resource, ["spec", "ports"], `${service} ports`)] : []
          });
        }
        if (!lookup2.service) {
          if (lookup2.exists || !lookup2.visible) continue;
          const crossNamespace = ref.namespace !== resource.ref.namespace;
          report2({
            target: { resource, path: ref.namePath },
            message: `${route} backendRef \`${ref.where}\` names ${service}, which does not exist among the scanned manifests` + (crossNamespace ? "" : " (a backendRef without `namespace:` refers to the route’s own namespace)") + `. ${DROPPED} ` + missingServiceHint(ref, lookup2, "route"),
            related: missingServiceRelated(index, ref, lookup2),
            fix: lookup2.suggestion ? replaceScalarFix(resource.object, ref.namePath, lookup2.suggestion.resource.ref.name) : void 0
          });
          continue;
        }
        const found = lookup2.service;
        if (!ref.port || found.type === "ExternalName" || found.ports.length === 0) continue;
        const mismatch = portMismatch(found, ref.port);
        if (!mismatch) continue;
        report2({
          target: { resource, path: ref.port.path },
          message: `${route} backendRef \`${ref.where}\` uses ${mismatch.wanted} of ${what(found.resource.ref)}, but the Service has no such port (its ports: ${mismatch.ports}). A Service backendRef's \`port\` is the Service port number, not the targetPort. ${DROPPED} ` + mismatch.hint,
          related: [
            related(found.resource, ["spec", "ports"], `${what(found.resource.ref)} ports`),
            ...mismatch.suggestion ? [related(found.resource, mismatch.suggestion.path)] : []
          ],
          fix: mismatch.replacement !== void 0 ? replaceScalarFix(resource.object, ref.port.path, mismatch.replacement) : void 0
        });
      }
    }
  }
};

// src/rules/selector-matches-no-workload.ts
var MAX_RELATED = 5;
var MAX_COMMON = 3;
var selectorMatchesNoWorkload = {
  meta: {
    id: "selector-matches-no-workload",
    severity: "warning",
    family: "workloads",
    summary: "A Service selector matches no Pod template (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod) in its namespace among the scanned manifests.",
    fixable: true
  },
  check({ index, report: report2 }) {
    const workloads = workloadIndex(index);
    for (const service of index.services) {
      const selector = service.selector;
      if (selector === null || service.type === "ExternalName" || service.resource.ref.name === "") continue;
      const { namespace } = service.resource.ref;
      if (workloads.matching(namespace, selector).length > 0) continue;
      const local = workloads.near(service.resource);
      const elsewhere = index.near(
        service.resource,
        workloads.templates.filter(
          (t) => t.resource.ref.namespace !== namespace && selectorSelects(selector, t)
        )
      );
      if (local.length === 0 && elsewhere.length === 0) continue;
      const nearMisses = local.flatMap((t) => {
        const change = oneOff(selector, t);
        return change ? [{ template: t, change }] : [];
      });
      const changes = /* @__PURE__ */ new Map();
      for (const m of nearMisses) {
        const k = JSON.stringify(m.change);
        changes.set(k, [...changes.get(k) ?? [], m]);
      }
      for (const [k, group2] of changes)
        if (group2.length > MAX_COMMON && group2[0].change.type !== "value") changes.delete(k);
      const plausible = [...changes.values()].flat();
      const unexplained = Object.fromEntries(
        Object.entries(selector).filter(([k, v]) => !plausible.some((m) => m.template.labels[k] === v))
      );
      if (operatorMayMakePods(index, namespace, unexplained, plausible.length === 0)) continue;
      const onWorkloadItself = local.filter(
        (t) => t.templatePath.length > 0 && Object.entries(selector).every(([k, v]) => labelsOf(t.resource)[k] === v)
      );
      const unselectedBeside = local.filter(
        (t) => t.resource.units.some((u) => service.resource.units.includes(u)) && !workloads.isSelected(t)
      );
      if (plausible.length === 0 && onWorkloadItself.length === 0 && elsewhere.length === 0 && unselectedBeside.length === 0)
        continue;
      if (plausible.length === 0 && podsMayComeFromElsewhere(index, service)) continue;
      const head = `${what(service.resource.ref)} selects Pods labelled ${formatLabels(selector)}, but no Pod template in ${describeNamespace(service.resource)} among the scanned manifests has all of these labels. The EndpointSlice controller adds only Pods of the Service's own namespace whose labels include every key and value of the selector, so this Service has no endpoints: connections to it are refused or time out. `;
      let path4 = ["spec", "selector"];
      let anchor;
      let fix;
      const hints = [];
      const relatedTargets = [];
      const single = changes.size === 1 ? [...changes.values()][0] : void 0;
      if (single && single[0]) {
        const change = single[0].change;
        const inconsistent = single.filter((m) => selfMismatch(m.template));
        const holders = single.map((m) => what(m.template.resource.ref)).join(", ");
        const entry = `\`${change.key}: ${selector[change.key]}\``;
        path4 = ["spec", "selector", change.key];
        if (change.type === "value") {
          hints.push(
            `${holders} ${single.length === 1 ? "has" : "have"} every selector label but \`${change.key}: ${change.value}\` instead of ${entry}: did you mean \`${change.key}: ${change.value}\`? Make the selector and the Pod template's label agree.`
          );
          if (inconsistent.length === 0) fix = replaceScalarFix(service.resource.object, path4, change.value);
        } else if (change.type === "key") {
          anchor = "key";
          hints.push(
            `${holders} ${single.length === 1 ? "has" : "have"} every selector label but \`${change.newKey}: ${selector[change.key]}\` instead of ${entry}: did you mean the label key \`${change.newKey}\`? Make the selector and the Pod template's label agree.`
          );
          if (inconsistent.length === 0) fix = renameKeyFix(service.resource.object, path4, change.newKey);
        } else {
          anchor = "pair";
          hints.push(
            `${holders} ${single.length === 1 ? "has" : "have"} every selector label except ${entry}: remove it from the selector, or add it to the Pod template's labels.`
          );
        }
        if (inconsistent.length > 0) {
          hints.push(
            `But the selector of ${inconsistent.map((m) => what(m.template.resource.ref)).join(", ")} does not match its own Pod template either (workload-selector-mismatch): the template labels are probably what is wrong.`
          );
        }
        relatedTargets.push(...single.map((m) => templateLabels(m.template)));
      } else if (changes.size > 1) {
        hints.push(
          `Several Pod templates differ from it by one label: ${plausible.slice(0, MAX_RELATED).map((m) => `${what(m.template.resource.ref)} (${describeChange(m.change, selector)})`).join(", ")}. Make the selector agree with the labels of the one it should route to.`
        );
        relatedTargets.push(...plausible.slice(0, MAX_RELATED).map((m) => templateLabels(m.template)));
      } else {
        relatedTargets.push(
          ...closest(selector, unselectedBeside.length > 0 ? unselectedBeside : local).map(templateLabels)
        );
      }
      if (onWorkloadItself.length > 0) {
        hints.push(
          `${onWorkloadItself.map((t) => what(t.resource.ref)).join(", ")} carries these labels on itself (\`metadata.labels\`), but a Service selects Pods, which get only the Pod template's labels: put them in \`` + onWorkloadItself[0].labelsPath.join(".") + "`."
        );
        relatedTargets.push(...onWorkloadItself.map((t) => related(t.resource, ["metadata", "labels"])));
      }
      if (elsewhere.length > 0) {
        const shown = elsewhere.slice(0, MAX_RELATED);
        hints.push(
          `${shown.map((t) => `${what(t.resource.ref)} (${describeNamespace(t.resource)})`).join(", ")} ${shown.length === 1 ? "has" : "have"} these labels but ${shown.length === 1 ? "is" : "are"} in another namespace, and a Service never selects Pods of another namespace: put the Service and its workload in one namespace.` + (service.resource.namespaceSource === "default" ? ` The Service's namespace is not written, so it depends on how it is applied (\`kubectl apply -n\`): write \`namespace: ${shown[0].resource.ref.namespace}\` to be sure.` : "")
        );
        for (const t of shown) {
          relatedTargets.push(templateLabels(t));
          if (t.resource.namespaceSource === "explicit")
            relatedTargets.push(related(t.resource, namespaceNodePath(t.resource)));
        }
      }
      if (hints.length === 0) {
        const candidates = closest(selector, unselectedBeside);
        hints.push(
          `${candidates.map((t) => `${what(t.resource.ref)} (Pod labels ${formatLabels(t.labels)})`).join(", ")}, deployed with it, ${candidates.length === 1 ? "is" : "are"} selected by no Service. Write in the selector the labels of the Pod template it should route to (\`spec.template.metadata.labels\` of its Deployment, StatefulSet or DaemonSet).`
        );
      }
      report2({
        target: { resource: service.resource, path: path4, ...anchor ? { anchor } : {} },
        message: head + hints.join(" "),
        related: relatedTargets,
        fix
      });
    }
  }
};
function operatorMayMakePods(index, namespace, selector, byPrefix) {
  const values = Object.values(selector);
  return customResourcesIn(index, namespace).some(
    ({ name, kind }) => !MAKES_NO_PODS.has(kind) && values.some(
      (v) => v === kind.toLowerCase() || name !== "" && (v === name || byPrefix && v.startsWith(`${name}-`))
    )
  );
}
function podsMayComeFromElsewhere(index, service) {
  const { namespace } = service.resource.ref;
  return namespace === "kube-system" || index.hiddenIn(namespace, service.resource).length > 0;
}
var MAKES_NO_PODS = /* @__PURE__ */ new Set([
  // Prometheus Operator
  "ServiceMonitor",
  "PodMonitor",
  "PrometheusRule",
  "Probe",
  "ScrapeConfig",
  "AlertmanagerConfig",
  // Istio, Linkerd, Traefik, Cilium, MetalLB
  "VirtualService",
  "DestinationRule",
  "Gateway",
  "ServiceEntry",
  "WorkloadEntry",
  "WorkloadGroup",
  "Sidecar",
  "EnvoyFilter",
  "PeerAuthentication",
  "RequestAuthentication",
  "AuthorizationPolicy",
  "Telemetry",
  "ProxyConfig",
  "WasmPlugin",
  "ServiceProfile",
  "Server",
  "ServerAuthorization",
  "Middleware",
  "MiddlewareTCP",
  "IngressRoute",
  "IngressRouteTCP",
  "IngressRouteUDP",
  "TLSOption",
  "TLSStore",
  "ServersTransport",
  "TraefikService",
  "CiliumNetworkPolicy",
  "CiliumClusterwideNetworkPolicy",
  "IPAddressPool",
  "L2Advertisement",
  "BGPPeer",
  "BGPAdvertisement",
  // cert-manager, secrets
  "Certificate",
  "CertificateRequest",
  "Issuer",
  "ClusterIssuer",
  "ExternalSecret",
  "ClusterExternalSecret",
  "SecretStore",
  "ClusterSecretStore",
  "PushSecret",
  "SealedSecret",
  // Flux, Argo CD
  "HelmRelease",
  "HelmRepository",
  "HelmChart",
  "GitRepository",
  "OCIRepository",
  "Bucket",
  "Kustomization",
  "ImageRepository",
  "ImagePolicy",
  "ImageUpdateAutomation",
  "Alert",
  "Provider",
  "Receiver",
  "Application",
  "AppProject",
  "ApplicationSet",
  // Autoscaling, policy, backup, dashboards
  "VerticalPodAutoscaler",
  "ScaledObject",
  "ScaledJob",
  "TriggerAuthentication",
  "ClusterPolicy",
  "Policy",
  "ConstraintTemplate",
  "Backup",
  "Schedule",
  "Restore",
  "GrafanaDashboard",
  "GrafanaDatasource",
  "NetworkAttachmentDefinition",
  "VolumeSnapshot",
  "VolumeSnapshotClass"
]);
var customResources = /* @__PURE__ */ new WeakMap();
function customResourcesIn(index, namespace) {
  let byNamespace = customResources.get(index);
  if (!byNamespace) {
    byNamespace = /* @__PURE__ */ new Map();
    for (const r of index.resources) {
      if (!isCustomResource(r.object.apiVersion)) continue;
      const list6 = byNamespace.get(r.ref.namespace);
      if (list6) list6.push(r.ref);
      else byNamespace.set(r.ref.namespace, [r.ref]);
    }
    customResources.set(index, byNamespace);
  }
  return byNamespace.get(namespace) ?? [];
}
function selfMismatch(t) {
  const selector = t.selector;
  return !!selector && !selector.unknownOperator && selector.requirements.some((r) => !requirementMatches(r, t.labels));
}
function oneOff(selector, t) {
  const missed = Object.entries(selector).filter(([k, v]) => !podHasLabel(t, k, v));
  if (missed.length !== 1) return void 0;
  const [key2, value] = missed[0];
  if (Object.hasOwn(t.labels, key2)) {
    const theirs = t.labels[key2];
    return alike(value, theirs) ? { type: "value", key: key2, value: theirs } : void 0;
  }
  const sameValue = Object.entries(t.labels).filter(([k, v]) => v === value && !Object.hasOwn(selector, k));
  if (sameValue.length === 1) return { type: "key", key: key2, newKey: sameValue[0][0] };
  return Object.keys(selector).length > 1 ? { type: "missing", key: key2 } : void 0;
}
function alike(a, b) {
  if (closestName(a, [b]) === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.includes(short);
}
function describeChange(change, selector) {
  switch (change.type) {
    case "value":
      return `\`${change.key}: ${change.value}\``;
    case "key":
      return `\`${change.newKey}: ${selector[change.key]}\``;
    case "missing":
      return `no \`${change.key}\` label`;
  }
}
function closest(selector, templates) {
  const score = (t) => Object.entries(selector).reduce((sum, [k, v]) => {
    if (podHasLabel(t, k, v)) return sum + 2;
    return sum + (Object.hasOwn(t.labels, k) || Object.values(t.labels).includes(v) ? 1 : 0);
  }, 0);
  const scored = templates.map((t) => ({ t, s: score(t) }));
  const alike2 = scored.filter((x) => x.s > 0).sort((a, b) => b.s - a.s);
  return (alike2.length > 0 ? alike2.map((x) => x.t) : [...templates]).slice(0, MAX_RELATED);
}
function templateLabels(t) {
  return related(t.resource, t.labelsPath, `${what(t.resource.ref)} Pod labels: ${formatLabels(t.labels)}`);
}

// src/rules/target-port-not-exposed.ts
var targetPortNotExposed = {
  meta: {
    id: "target-port-not-exposed",
    severity: "error",
    family: "workloads",
    summary: "A named `targetPort` matches no container port name in the Pod templates the Service selects (warning: a numeric `targetPort` matches no declared `containerPort`).",
    fixable: true
  },
  check({ index, report: report2 }) {
    const workloads = workloadIndex(index);
    for (const service of index.services) {
      if (service.selector === null || service.type === "ExternalName") continue;
      const selected = workloads.selectedBy(service);
      if (selected.length === 0) continue;
      const svc = what(service.resource.ref);
      for (const port of service.ports) {
        const target = targetOf(port);
        const results = selected.map((t) => ({ t, r: resolveTargetPort(port, t, workloads.listensOn) }));
        const unnamed = results.filter((x) => x.r.kind === "no-such-name").map((x) => x.t);
        const undeclared = results.filter((x) => x.r.kind === "undeclared-number").map((x) => x.t);
        const served = results.filter((x) => x.r.kind === "ok").map((x) => x.t);
        const partly = served.length > 0 ? ` The Pods of ${list5(served)} do serve it, so traffic on this port reaches only them.` : "";
        if (unnamed.length > 0) {
          const name = String(target.value);
          const candidates = unnamed.flatMap((t) => t.ports.filter((p) => p.protocol === port.protocol));
          const suggestion = closestName(
            name,
            candidates.map((p) => p.name).filter((n) => n !== "")
          );
          const certain = suggestion !== void 0 && served.length === 0 && unnamed.every((t) => t.ports.some((p) => p.name === suggestion && p.protocol === port.protocol));
          const suggested = candidates.filter((p) => p.name === suggestion);
          report2({
            target: { resource: service.resource, path: target.path },
            message: `${svc} ${describePort(port)} targets the container port named \`${name}\`, but no container of ${list5(unnamed)} declares a port of that name with protocol ${port.protocol}. Kubernetes resolves a named targetPort in each selected Pod by container port name and protocol (FindPort); a Pod without it gets no endpoint for this Service port, so connections to the port are refused or time out.` + partly + initOnly(unnamed, name) + " " + (suggestion ? `Did you mean \`${suggestion}\`? Target that name, or name the container port \`${name}\`.` : `${declaredPorts(unnamed)} Target one of the declared names, or add \`name: ${name}\` to the container port the application listens on.`),
            related: [
              ...unnamed.flatMap((t) => podTemplateRelated(t)),
              ...suggested.map((p) => portRelated(unnamed, p)).filter((r) => r !== void 0)
            ],
            fix: certain ? replaceScalarFix(service.resource.object, target.path, suggestion) : void 0
          });
        }
        if (undeclared.length > 0) {
          const number = Number(target.value);
          const declared = undeclared.flatMap(
            (t) => t.ports.filter((p) => p.protocol === port.protocol && typeof p.containerPort === "number")
          );
          const close = closestName(
            String(number),
            declared.map((p) => String(p.containerPort))
          );
          const closePort = declared.find((p) => String(p.containerPort) === close);
          report2({
            target: { resource: service.resource, path: target.path },
            severity: "warning",
            message: `${svc} ${describePort(port)} sends traffic to container port ${number}` + (target.written ? "" : " (`targetPort` is not written, so it defaults to `port`)") + `, but ${list5(undeclared)} declares no container port ${number}. ${declaredPorts(undeclared)} Declaring container ports is optional, so the application may still listen on ${number}; if it does not, connections to this Service port are refused.` + partly + (closePort ? ` Did you mean ${close}${closePort.name === "" ? "" : ` (\`${closePort.name}\`)`}?` : "") + ` Declare \`containerPort: ${number}\` on the container that listens on it, or point ${target.written ? "`targetPort`" : "a `targetPort`"} at the port the application listens on.`,
            related: undeclared.flatMap((t) => podTemplateRelated(t))
          });
        }
      }
    }
  }
};
var list5 = (templates) => templates.map((t) => what(t.resource.ref)).join(", ");
function initOnly(templates, name) {
  const init = templates.flatMap((t) => t.initPorts.filter((p) => p.name === name));
  if (init.length === 0) return "";
  const names2 = [...new Set(init.map((p) => `\`${p.containerName}\``))].join(", ");
  return ` The init container ${names2} declares \`${name}\`, but a plain init container has exited before the Pod serves: only app containers and native sidecars (init containers with \`restartPolicy: Always\`) count.`;
}
function declaredPorts(templates) {
  const ports = [
    ...new Set(
      templates.flatMap(
        (t) => t.ports.map(
          (p) => `${p.name === "" ? "(unnamed)" : `\`${p.name}\``} (${String(p.containerPort)}/${p.protocol})`
        )
      )
    )
  ];
  return ports.length === 0 ? "Its containers declare no ports." : `Its containers declare ${ports.join(", ")}.`;
}
function portRelated(templates, port) {
  const owner = templates.find((t) => t.ports.includes(port));
  return owner ? related(
    owner.resource,
    [...port.path, "name"],
    `${what(owner.resource.ref)} container port \`${port.name}\``
  ) : void 0;
}

// src/rules/target-port-protocol-mismatch.ts
var targetPortProtocolMismatch = {
  meta: {
    id: "target-port-protocol-mismatch",
    severity: "error",
    family: "workloads",
    summary: "The container port a Service port targets has another protocol (error for a named `targetPort`, warning for a numeric one)."
  },
  check({ index, report: report2 }) {
    const workloads = workloadIndex(index);
    for (const service of index.services) {
      if (service.selector === null || service.type === "ExternalName") continue;
      const selected = workloads.selectedBy(service);
      if (selected.length === 0) continue;
      for (const port of service.ports) {
        if (!TRANSPORT_PROTOCOLS.has(port.protocol)) continue;
        const target = targetOf(port);
        const mismatched = [];
        let named2 = false;
        for (const t of selected) {
          const r = resolveTargetPort(port, t, workloads.listensOn);
          if (r.kind === "name-protocol" || r.kind === "number-protocol") {
            if (r.ports.some((p) => !TRANSPORT_PROTOCOLS.has(p.protocol))) continue;
            mismatched.push({ t, ports: r.ports });
            named2 = r.kind === "name-protocol";
          }
        }
        if (mismatched.length === 0) continue;
        const theirs = [...new Set(mismatched.flatMap((m) => m.ports.map((p) => p.protocol)))];
        const where = mismatched.map((m) => what(m.t.resource.ref)).join(", ");
        const containerPort = named2 ? `container port \`${String(target.value)}\`` : `container port ${String(target.value)}`;
        const path4 = port.protocolExplicit ? [...port.path, "protocol"] : target.path;
        report2({
          target: { resource: service.resource, path: path4 },
          severity: named2 ? "error" : "warning",
          message: `${what(service.resource.ref)} ${describePort(port)}${port.protocolExplicit ? "" : " (protocol not written, so TCP)"} targets ${containerPort}, but ${where} declares it only as ${theirs.join("/")}. ` + (named2 ? "Kubernetes resolves a named targetPort by container port name AND protocol (FindPort), so these Pods get no endpoint for this Service port and connections to it are refused or time out. " : `Traffic arrives over ${port.protocol}, which the declared port does not serve, so connections are likely to fail. `) + `Set \`protocol: ${theirs[0]}\` on the Service port if that is what the application speaks, or declare the container port with \`protocol: ${port.protocol}\` (a container may declare one port number once per protocol).`,
          related: mismatched.flatMap((m) => [
            ...podTemplateRelated(m.t).slice(0, 1),
            ...m.ports.map(
              (p) => related(
                m.t.resource,
                p.protocolExplicit ? [...p.path, "protocol"] : p.path,
                `${what(m.t.resource.ref)} container port ${p.name === "" ? String(p.containerPort) : `\`${p.name}\``} (${p.protocol}${p.protocolExplicit ? "" : ", not written"})`
              )
            )
          ])
        });
      }
    }
  }
};

// src/rules/workload-selector-mismatch.ts
var REJECTED = 'The API server rejects it ("`selector` does not match template `labels`"), so the change never reaches the cluster.';
var workloadSelectorMismatch = {
  meta: {
    id: "workload-selector-mismatch",
    severity: "error",
    family: "workloads",
    summary: "A Deployment's, StatefulSet's, DaemonSet's, ReplicaSet's (or manual-selector Job's) `spec.selector` does not match its own Pod template labels, or is missing or empty.",
    fixable: true
  },
  check({ index, report: report2 }) {
    const workloads = workloadIndex(index);
    for (const t of workloads.templates) {
      const selector = t.selector;
      if (!selector || selector.unknownOperator) continue;
      const who = what(t.resource.ref);
      const labels = related(
        t.resource,
        t.labelsPath,
        `${who} Pod template labels: ${formatLabels(t.labels)}`
      );
      const suggestMatchLabels = Object.keys(t.labels).length > 0 ? ` (for example \`matchLabels: {${Object.entries(t.labels).map(([k, v]) => `${k}: ${v}`).join(", ")}}\`)` : "";
      if (!selector.written || selector.form === "labelSelector" && selector.requirements.length === 0) {
        if (selector.form === "map" || !selector.written && !selector.required) continue;
        report2({
          target: { resource: t.resource, path: selector.path },
          message: `${who} has ${selector.written ? "an empty `spec.selector`" : "no `spec.selector`"}. ${t.resource.object.apiVersion} requires a non-empty selector that matches the Pod template's labels, and the API server rejects the object without one. Add \`spec.selector.matchLabels\` with the template's labels${suggestMatchLabels}.`,
          related: [labels]
        });
        continue;
      }
      for (const r of selector.requirements) {
        if (requirementMatches(r, t.labels)) continue;
        const { path: path4, why, fix } = explain(t, r, index.near(t.resource, index.services));
        report2({
          target: { resource: t.resource, path: path4 },
          message: `${who} selector requires ${describeRequirement(r)}, but ${why} A ${t.resource.ref.kind} manages only the Pods its selector matches, and its own Pods come from this template. ${REJECTED} Make the selector and \`` + t.labelsPath.join(".") + "` agree" + (t.resource.object.apiVersion === "apps/v1" ? " (the selector of an existing object is immutable in apps/v1, so for an object already in the cluster change the template)." : "."),
          related: [labels],
          fix
        });
      }
    }
  }
};
function describeRequirement(r) {
  switch (r.operator) {
    case "Equals":
      return `\`${r.key}: ${r.values[0] ?? ""}\``;
    case "In":
      return `\`${r.key}\` in (${r.values.join(", ")})`;
    case "NotIn":
      return `\`${r.key}\` not in (${r.values.join(", ")})`;
    case "Exists":
      return `a \`${r.key}\` label`;
    case "DoesNotExist":
      return `no \`${r.key}\` label`;
  }
}
function explain(t, r, services) {
  const has = Object.hasOwn(t.labels, r.key);
  const actual = has ? `\`${r.key}: ${t.labels[r.key]}\`` : "";
  switch (r.operator) {
    case "Equals": {
      if (!has) return { path: r.path, why: `the Pod template has no \`${r.key}\` label.` };
      const value = t.labels[r.key];
      const wanted = services.filter(
        (s) => s.resource.ref.namespace === t.resource.ref.namespace && s.selector?.[r.key] === r.values[0]
      );
      const fix = wanted.length > 0 ? void 0 : replaceScalarFix(t.resource.object, r.path, value);
      return {
        path: r.path,
        why: `the Pod template has ${actual}.` + (wanted.length > 0 ? ` ${wanted.map((s) => what(s.resource.ref)).join(", ")} also selects \`${r.key}: ${r.values[0] ?? ""}\`, so the template's label is probably the one to change.` : ` Did you mean \`${r.key}: ${value}\`?`),
        ...fix ? { fix } : {}
      };
    }
    case "In":
      return has ? {
        path: [...r.path, "values"],
        why: `the Pod template has ${actual}, which is not among the values.`
      } : { path: [...r.path, "key"], why: `the Pod template has no \`${r.key}\` label.` };
    case "NotIn":
      return {
        path: [...r.path, "values"],
        why: `the Pod template has ${actual}, which the selector excludes.`
      };
    case "Exists":
      return { path: [...r.path, "key"], why: `the Pod template has no \`${r.key}\` label.` };
    case "DoesNotExist":
      return { path: [...r.path, "key"], why: `the Pod template has ${actual}, which the selector forbids.` };
  }
}

// src/rules/index.ts
var ALL_RULES = [
  // D. Input
  yamlSyntax,
  kustomizePatchNoTarget,
  kustomizeNotModelled,
  unusedSuppression,
  // reported by the engine once the other rules have run
  // A. Pairing
  endpointsWithoutService,
  pairingNamespaceMismatch,
  sliceMissingServiceLabel,
  sliceWithoutService,
  serviceWithoutEndpoints,
  endpointsForSelectorService,
  sliceForSelectorService,
  endpointsForExternalNameService,
  emptySelector,
  endpointsNotMirrored,
  proxyExcludedLabel,
  duplicateResource,
  portNameMismatch,
  portProtocolMismatch,
  endpointPortUnused,
  endpointsWithoutPorts,
  targetPortIgnored,
  endpointIpIsClusterIp,
  sliceReservedManagedBy,
  sliceAddressTypeUnusable,
  // B. Validity
  invalidEndpointIp,
  specialEndpointIp,
  portNameRequired,
  invalidPortName,
  duplicatePortName,
  portOutOfRange,
  invalidProtocol,
  subsetWithoutAddresses,
  invalidName,
  sliceLimits,
  endpointsOverMirrorLimit,
  invalidEndpointHostname,
  unknownField,
  invalidApiVersion,
  // C. Advice
  endpointsDeprecated,
  sliceMissingManagedBy,
  sliceMultipleAddresses,
  // E. Workloads and routes
  selectorMatchesNoWorkload,
  targetPortNotExposed,
  targetPortProtocolMismatch,
  ingressBackendMissingService,
  ingressBackendMissingPort,
  routeBackendMissingService,
  workloadSelectorMismatch
];
var RULES_BY_ID = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

// src/check.ts
async function checkManifests(options) {
  const loaded = await loadManifests(options);
  const prescan = options.prescan ?? process.env.KUBE_PAIRING_PRESCAN !== "0";
  const paths = new Set(loaded.texts.map((t) => t.path));
  const parsed = loaded.texts.map(
    (t) => parseManifestFile(t.path, t.text, { prescan, helmChart: helmChartOf(t.path, paths) })
  );
  const result = analyzeParsed(parsed, {
    ...options,
    rules: options.rules ?? ALL_RULES,
    // Suppressions may name any rule, even when only some run (rule tests run one).
    knownRuleIds: options.knownRuleIds ?? ALL_RULES.map((r) => r.meta.id)
  });
  if (loaded.skipped.length > 0) {
    result.skippedFiles = [...loaded.skipped, ...result.skippedFiles].sort(
      (a, b) => a.file < b.file ? -1 : 1
    );
    result.summary.files += loaded.skipped.length;
    result.summary.skipped = result.skippedFiles.length;
  }
  return result;
}

// src/config/load.ts
var import_fast_glob2 = __toESM(require_out4(), 1);
import { constants as constants2 } from "node:fs";
import { open, realpath } from "node:fs/promises";
import path2 from "node:path";

// src/config/config.ts
var import_yaml18 = __toESM(require_dist(), 1);
var CONFIG_FILE = ".kube-pairing.yaml";
var CONFIG_KEYS = ["rules", "ignore", "defaultNamespace"];
var SEVERITY_CHOICES = ["error", "warning", "notice", "off"];
var NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
var ConfigError = class extends Error {
  constructor(problems) {
    super(
      problems.map(
        (p) => p.line === void 0 ? `${p.file}: ${p.message}` : `${p.file}:${p.line}:${p.column ?? 1}: ${p.message}`
      ).join("\n")
    );
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
function parseConfig(text4, file, ruleIds) {
  const source = new SourceFile(file, stripBom(text4));
  const problems = [];
  const report2 = (node, message2, offset) => {
    const at3 = source.position(offset ?? (isNodeWithRange(node) ? node.range[0] : 0));
    problems.push({ file, line: at3.line, column: at3.column, message: message2 });
  };
  const doc = (0, import_yaml18.parseDocument)(source.text, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    report2(void 0, `not valid YAML: ${error.message.split("\n")[0]}`, error.pos[0]);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config = { rules: {}, ignore: [] };
  const root = doc.contents;
  if (root === null || (0, import_yaml18.isScalar)(root) && root.value === null) return config;
  if (!(0, import_yaml18.isMap)(root)) {
    report2(root, `the config must be a mapping with the keys ${CONFIG_KEYS.join(", ")}`);
    throw new ConfigError(problems);
  }
  for (const pair of root.items) {
    const key2 = (0, import_yaml18.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    const value = pair.value ?? void 0;
    if (key2 === "rules") readRules(value, pair, ruleIds, config, report2);
    else if (key2 === "ignore") readIgnore(value, pair, config, report2);
    else if (key2 === "defaultNamespace") readNamespace(value, pair, config, report2);
    else {
      const name = key2 ?? "(a non-scalar key)";
      report2(
        pair.key,
        `unknown key "${name}"${didYouMean(name, CONFIG_KEYS)}; valid keys: ${CONFIG_KEYS.join(", ")}`
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
function readRules(value, pair, ruleIds, config, report2) {
  if (value === void 0 || (0, import_yaml18.isScalar)(value) && value.value === null) return;
  if (!(0, import_yaml18.isMap)(value)) {
    report2(
      value ?? pair.key,
      `"rules" must be a mapping of rule id to severity (${SEVERITY_CHOICES.join(", ")}), e.g. "rules: { endpoints-deprecated: off }"`
    );
    return;
  }
  for (const item of value.items) {
    const id = (0, import_yaml18.isScalar)(item.key) ? String(item.key.value) : void 0;
    if (id === void 0 || !ruleIds.includes(id)) {
      const name = id ?? "(a non-scalar key)";
      report2(
        item.key,
        `unknown rule "${name}" in "rules"${didYouMean(name, ruleIds)}; valid rule ids: ${ruleIds.join(", ")}`
      );
      continue;
    }
    const node = item.value ?? void 0;
    const severity = (0, import_yaml18.isScalar)(node) ? node.value : void 0;
    if (typeof severity === "string" && SEVERITY_CHOICES.includes(severity)) {
      config.rules[id] = severity;
      continue;
    }
    const shown = (0, import_yaml18.isScalar)(node) ? JSON.stringify(node.value) : node ? "a collection" : "nothing";
    report2(
      node ?? item.key,
      `rule "${id}" has severity ${shown}${severityHint(severity)}; valid severities: ${SEVERITY_CHOICES.join(", ")}`
    );
  }
}
function readIgnore(value, pair, config, report2) {
  if (value === void 0 || (0, import_yaml18.isScalar)(value) && value.value === null) return;
  if (!(0, import_yaml18.isSeq)(value)) {
    const example = (0, import_yaml18.isScalar)(value) && typeof value.value === "string" ? JSON.stringify(value.value) : '"charts/**"';
    report2(value ?? pair.key, `"ignore" must be a list of globs, e.g. "ignore: [${example}]"`);
    return;
  }
  for (const item of value.items) {
    const glob = (0, import_yaml18.isScalar)(item) ? item.value : void 0;
    if (typeof glob !== "string" || glob.trim() === "") {
      report2(item, `every "ignore" entry must be a non-empty glob string, e.g. "charts/**"`);
    } else if (glob.startsWith("!") && glob.slice(1).replace(/^!+/, "").trim() === "") {
      report2(
        item,
        `"${glob}" negates nothing: write the glob to load after all after the "!", e.g. "!**/testdata/**"`
      );
    } else if (glob.startsWith("!!")) {
      report2(
        item,
        `"${glob}" is negated twice: write "${glob.replace(/^!+/, "!")}" to load those files after all, or "${glob.replace(/^!+/, "")}" to ignore them`
      );
    } else {
      config.ignore.push(glob);
    }
  }
}
function readNamespace(value, pair, config, report2) {
  const ns = (0, import_yaml18.isScalar)(value) ? value.value : void 0;
  if (typeof ns === "string" && NAMESPACE_NAME.test(ns)) {
    config.defaultNamespace = ns;
    return;
  }
  const lower = typeof ns === "string" && NAMESPACE_NAME.test(ns.toLowerCase()) ? ns.toLowerCase() : void 0;
  report2(
    value ?? pair.key,
    `"defaultNamespace" must be a namespace name (a DNS-1123 label: lower-case letters, digits and '-', at most 63 characters), got ${(0, import_yaml18.isScalar)(value) ? JSON.stringify(value.value) : "a collection"}` + (lower ? ` (did you mean "${lower}"?)` : "")
  );
}
function didYouMean(name, choices) {
  const lower = choices.find((c) => c.toLowerCase() === name.toLowerCase());
  const guess = lower ?? closestName(name, choices);
  return guess !== void 0 && guess !== name ? ` (did you mean "${guess}"?)` : "";
}
function severityHint(value) {
  const numeric = { "0": "off", "1": "warning", "2": "error", false: "off" };
  const guess = numeric[String(value)] ?? (typeof value === "string" && value !== "" ? SEVERITY_CHOICES.find((c) => c.startsWith(value.toLowerCase()) || value.toLowerCase() === c) ?? closestName(value.toLowerCase(), SEVERITY_CHOICES) : void 0);
  return guess ? ` (did you mean "${guess}"?)` : "";
}
function isNodeWithRange(node) {
  return typeof node === "object" && node !== null && Array.isArray(node.range);
}

// src/config/load.ts
async function loadConfig(file, options = {}) {
  const cwd = path2.resolve(options.cwd ?? process.cwd());
  const absolute = path2.resolve(cwd, file ?? CONFIG_FILE);
  const shown = path2.relative(cwd, absolute).split(path2.sep).join("/") || absolute;
  let text4;
  try {
    text4 = await readConfined(absolute, cwd);
  } catch (error) {
    if (error instanceof ConfigError)
      throw new ConfigError(error.problems.map((p) => ({ ...p, file: shown })));
    const code = error.code;
    if (code === "ENOENT" && !options.required) return void 0;
    const why = code === "ENOENT" ? "config file not found" : code === "EISDIR" ? "config path is a directory, not a file" : `config file cannot be read (${code ?? String(error)})`;
    throw new ConfigError([{ file: shown, message: why }]);
  }
  const ruleIds = ALL_RULES.map((r) => r.meta.id);
  return { ...parseConfig(text4, shown, ruleIds), file: absolute };
}
var MAX_CONFIG_BYTES = 1024 * 1024;
async function readConfined(file, cwd) {
  const real = await realpath(file);
  const inside = (p, dir) => p === dir || p.startsWith(dir.endsWith(path2.sep) ? dir : dir + path2.sep);
  if (inside(file, cwd) && !inside(real, await realpath(cwd).catch(() => cwd)))
    throw new ConfigError([
      {
        file,
        message: "the config file is a symbolic link that leads outside the working directory (not followed)"
      }
    ]);
  const handle = await open(real, constants2.O_RDONLY | constants2.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (!info.isFile()) throw new ConfigError([{ file, message: "the config path is not a regular file" }]);
    if (info.size > MAX_CONFIG_BYTES)
      throw new ConfigError([
        { file, message: "the config file is larger than 1 MiB: not a kube-pairing config" }
      ]);
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
function configCheckOptions(config, overrides = {}) {
  const defaultNamespace = overrides.defaultNamespace ?? config?.defaultNamespace;
  if (!config)
    return defaultNamespace === void 0 ? { severities: {}, ignore: [] } : { severities: {}, ignore: [], defaultNamespace };
  const base = import_fast_glob2.default.convertPathToPattern(path2.dirname(config.file));
  const anchor = (glob) => path2.isAbsolute(glob) ? glob : `${base}/${glob.replace(/^(\.\/|\/)+/, "")}`;
  const anchored = config.ignore.map((entry) => {
    if (!entry.startsWith("!")) return anchor(entry);
    const glob = entry.slice(1);
    const relative = glob.replace(/^(\.\/)+/, "");
    return DEFAULT_IGNORE.includes(relative) ? `!${relative}` : `!${anchor(glob)}`;
  });
  const result = {
    severities: { ...config.rules },
    ignore: [...anchored, import_fast_glob2.default.convertPathToPattern(config.file)]
  };
  if (defaultNamespace !== void 0) result.defaultNamespace = defaultNamespace;
  return result;
}

// src/report/github.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function neutralizeWorkflowCommands(text4) {
  return text4.split(/(\r\n|\r|\n)/).map((part, i) => i % 2 === 1 ? part : part.replace(/^([\s\u0085]*):(?=:)/, "$1\\u003a")).join("").replace(/##\[/g, "#\\u0023[");
}
var COMMAND = { error: "error", warning: "warning", notice: "notice" };
function formatGithub(findings) {
  return findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
    if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
    props.push(`title=${escapeProperty(`kube-pairing: ${f.rule}`)}`);
    return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}
`;
  }).join("");
}

// src/report/json.ts
function jsonReport(result, findings = result.findings) {
  return {
    version: 1,
    findings: [...findings],
    summary: { ...result.summary, ...countBySeverity(findings) },
    skippedFiles: result.skippedFiles
  };
}
var formatJson = (report2) => neutralizeWorkflowCommands(`${JSON.stringify(report2, null, 2)}
`);

// src/report/sarif.ts
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "kubePairing/v1";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function sarifLog(result, findings, options = {}) {
  const rules = [...options.rules ?? ALL_RULES];
  const descriptors = rules.map((r) => ruleDescriptor(r.meta.id, r));
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const suppressed = options.suppressed ?? [];
  const all = [...findings, ...suppressed];
  for (const f of all) {
    if (!ruleIndex.has(f.rule)) {
      ruleIndex.set(f.rule, descriptors.length);
      descriptors.push(ruleDescriptor(f.rule, void 0));
    }
  }
  const sources = new Map(result.index.files.map((p) => [p.file.path, p.file]));
  const toResult = (f, suppressed2) => sarifResult(f, ruleIndex.get(f.rule) ?? 0, sources.get(f.file), suppressed2);
  const run = {
    tool: {
      driver: {
        name: "kube-pairing",
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: HOMEPAGE,
        rules: descriptors
      }
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: result.skippedFiles.map((s) => ({
          level: "note",
          message: { text: `${s.file} was not checked: ${s.reason}.` },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.file) } }]
        }))
      }
    ],
    columnKind: "utf16CodeUnits",
    results: [...findings.map((f) => toResult(f, false)), ...suppressed.map((f) => toResult(f, true))]
  };
  if (options.cwd !== void 0) {
    const base = pathToFileURL(options.cwd).href;
    run.originalUriBaseIds = {
      [SRCROOT]: {
        uri: base.endsWith("/") ? base : `${base}/`,
        description: { text: "The directory kube-pairing ran in; result paths are relative to it." }
      }
    };
  }
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
function formatSarif(result, findings = result.findings, options = {}) {
  return neutralizeWorkflowCommands(`${JSON.stringify(sarifLog(result, findings, options), null, 2)}
`);
}
function ruleDescriptor(id, rule) {
  const url = ruleDocsUrl(id);
  const summary = rule?.meta.summary ?? `kube-pairing rule ${id}.`;
  const severity = rule?.meta.severity ?? "warning";
  const suppress = `Suppress it on one object with the annotation \`${IGNORE_ANNOTATION}: "${id}"\`, on one line with a \`# ${IGNORE_COMMENT} ${id}\` comment (on the line or the line above it), or everywhere with \`rules: { ${id}: off }\` in .kube-pairing.yaml.`;
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase()),
    shortDescription: { text: summary },
    fullDescription: {
      text: `${summary} Default severity: ${severity}${rule?.meta.fixable ? "; some findings carry a fix" : ""}.`
    },
    helpUri: url,
    help: {
      text: `${summary}

What it checks, why it matters in the cluster, a failing and a fixed example: ${url}

${suppress}`,
      markdown: `${summary}

What it checks, why it matters in the cluster, a failing and a fixed example: [${id}](${url}).

${suppress}`
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ["kubernetes", rule?.meta.family ?? "kube-pairing"] }
  };
}
function sarifResult(f, index, source, suppressed) {
  const related2 = f.related.map((r, i) => ({
    id: i + 1,
    physicalLocation: physicalLocation(r.file, r),
    message: { text: r.message }
  }));
  const links = related2.map((r) => `[${escapeBrackets(String(r.message.text))}](${r.id})`);
  const text4 = links.length > 0 ? `${escapeBrackets(f.message)} Related: ${links.join(", ")}.` : f.message;
  const location = { physicalLocation: physicalLocation(f.file, f) };
  if (f.resource) {
    location.logicalLocations = [
      {
        name: f.resource.name,
        fullyQualifiedName: formatResource(f.resource),
        kind: "object"
      }
    ];
  }
  const out = {
    ruleId: f.rule,
    ruleIndex: index,
    level: LEVEL[f.severity],
    message: { text: text4 },
    locations: [location],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint }
  };
  if (related2.length > 0) out.relatedLocations = related2;
  if (f.fix) out.fixes = [sarifFix(f.file, f.fix, source)];
  if (suppressed) {
    out.suppressions = [
      {
        kind: "inSource",
        justification: `Silenced by ${IGNORE_ANNOTATION} or # ${IGNORE_COMMENT} in the manifest.`
      }
    ];
  }
  const properties = {};
  if (f.resource) properties.resource = { ...f.resource };
  if (f.migration) properties.migration = f.migration;
  if (Object.keys(properties).length > 0) out.properties = properties;
  return out;
}
function sarifFix(file, fix, source) {
  const lines = fix.line === fix.endLine ? `line ${fix.line}` : `lines ${fix.line}-${fix.endLine}`;
  const deletedRegion = { startLine: fix.line, startColumn: 1, endLine: fix.endLine };
  if (source) deletedRegion.endColumn = source.lineText(fix.endLine).length + 1;
  return {
    description: { text: `Replace ${lines} of ${file}.` },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(file),
        replacements: [{ deletedRegion, insertedContent: { text: fix.replacement } }]
      }
    ]
  };
}
function physicalLocation(file, region) {
  return {
    artifactLocation: artifactLocation(file),
    region: {
      startLine: region.line,
      startColumn: region.column,
      endLine: region.endLine,
      endColumn: region.endColumn
    }
  };
}
function artifactLocation(file) {
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
var escapeBrackets = (text4) => text4.replace(/[[\]]/g, (c) => `\\${c}`);

// src/report/text.ts
var ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32 };
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
var sanitize = (text4) => text4.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
var LABEL = {
  error: ["error", "red"],
  warning: ["warning", "yellow"],
  notice: ["notice", "blue"]
};
function formatText(result, findings, options) {
  const paint = (style, text4) => options.color ? `\x1B[${ANSI[style]}m${text4}\x1B[0m` : text4;
  const sources = new Map(result.index.files.map((f) => [f.file.path, f.file]));
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list6 = byFile.get(f.file);
    if (list6) list6.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, list6] of byFile) {
    out.push(paint("underline", sanitize(file)));
    for (const f of list6) {
      const [label2, style] = LABEL[f.severity];
      out.push(
        `  ${paint("gray", `${f.line}:${f.column}`)}  ${paint(style, label2)}  ${sanitize(f.message)}  ${paint("gray", f.rule)}`
      );
      const source = sources.get(f.file);
      if (source) out.push(...codeFrame(source, f, options.context ?? 1, paint));
      for (const r of f.related) {
        out.push(
          `    ${paint("gray", "related:")} ${sanitize(`${r.file}:${r.line}:${r.column}`)} ${sanitize(r.message)}`
        );
      }
      if (f.fix) {
        const lines = f.fix.line === f.fix.endLine ? `line ${f.fix.line}` : `lines ${f.fix.line}-${f.fix.endLine}`;
        out.push(`    ${paint("green", "fix:")} replace ${lines} with:`);
        for (const l of f.fix.replacement.split("\n")) out.push(`      ${paint("green", sanitize(l))}`);
      }
      if (f.migration && options.fixPreview) {
        out.push(`    ${paint("green", "replace it with:")}`);
        for (const l of f.migration.replace(/\n$/, "").split("\n")) {
          out.push(l === "" ? "" : `      ${paint("green", sanitize(l))}`);
        }
      } else if (f.migration) {
        out.push(`    ${paint("gray", "fix: run with --fix-preview to print the replacement YAML")}`);
      }
    }
    out.push("");
  }
  const { summary } = result;
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const total = findings.length;
  const scanned = `${summary.files} file${summary.files === 1 ? "" : "s"}, ${summary.resources} resource${summary.resources === 1 ? "" : "s"}`;
  if (total === 0 && summary.resources === 0) {
    out.push(
      paint("yellow", `⚠ nothing checked: ${nothingChecked(summary.files, result.skippedFiles.length)}`)
    );
  } else if (total === 0) {
    out.push(paint("green", `✔ no problems`) + ` (${scanned} checked)`);
  } else {
    const text4 = `✖ ${total} problem${total === 1 ? "" : "s"} (${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.notice} notice${counts.notice === 1 ? "" : "s"}) in ${scanned}`;
    out.push(paint(counts.error > 0 ? "red" : counts.warning > 0 ? "yellow" : "blue", text4));
  }
  if (result.skippedFiles.length > 0) {
    const max = options.maxSkippedListed ?? 10;
    out.push(
      paint(
        "gray",
        `${result.skippedFiles.length} file${result.skippedFiles.length === 1 ? "" : "s"} skipped:`
      )
    );
    for (const s of result.skippedFiles.slice(0, max))
      out.push(paint("gray", `  ${sanitize(s.file)}: ${sanitize(s.reason)}`));
    if (result.skippedFiles.length > max) {
      out.push(
        paint("gray", `  ... and ${result.skippedFiles.length - max} more (--format json lists them all)`)
      );
    }
  }
  return neutralizeWorkflowCommands(`${out.join("\n")}
`);
}
function nothingChecked(files, skipped) {
  if (files === 0) return "no manifest file was found.";
  return `${files} file${files === 1 ? " was" : "s were"} found, but none holds a Kubernetes object kube-pairing can read` + (skipped > 0 ? ` (${skipped} skipped, listed below: render templates first, e.g. \`helm template\` or \`kustomize build\`).` : ".");
}
function codeFrame(source, f, context, paint) {
  const first = Math.max(1, f.line - context);
  const last = Math.min(source.lineCount, f.line + context);
  const width = String(last).length;
  const lines = [];
  for (let n = first; n <= last; n++) {
    const text4 = sanitize(source.lineText(n).replace(/\t/g, " "));
    const gutter = `${n === f.line ? ">" : " "} ${String(n).padStart(width)} |`;
    lines.push(`    ${n === f.line ? paint("red", gutter) : paint("gray", gutter)} ${text4}`);
    if (n === f.line) {
      const end = f.endLine === f.line ? f.endColumn : source.lineText(n).length + 1;
      const marks = "^".repeat(Math.max(1, end - f.column));
      lines.push(
        `    ${paint("gray", `  ${" ".repeat(width)} |`)} ${" ".repeat(Math.max(0, f.column - 1))}${paint("red", marks)}`
      );
    }
  }
  return lines;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "json", "sarif", "github"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var ArgumentError = class extends Error {
};
var HELP = `Usage: kube-pairing [paths or globs...] [options]

Checks that Kubernetes Services pair up with their Endpoints and EndpointSlices
(names, namespaces, service-name labels, ports). Paths default to the current
directory, searched recursively for *.yaml, *.yml and *.json.

Options:
  --format <text|json|sarif|github>
                                output format (default: text); sarif = SARIF 2.1.0 for code scanning,
                                github = workflow-command annotations
  --output <file>               write the report to <file> instead of stdout
  --config <file>               config file (default: .kube-pairing.yaml in the current directory, if present)
  --default-namespace <ns>      namespace of objects that set none (default: the config's, else default)
  --fail-on <level>             error | warning | notice | never (default: error)
  --quiet                       report errors only
  --fix-preview                 text format: also print replacement objects, e.g. the EndpointSlices that
                                replace a deprecated Endpoints
  --no-color                    plain text output (also: NO_COLOR=1)
  -h, --help                    show this help
  -v, --version                 show the version

Config file (.kube-pairing.yaml):
  rules:                        per-rule severity: error | warning | notice | off
    endpoints-deprecated: off
  ignore: ["charts/**"]         globs (relative to the config file) never loaded
  defaultNamespace: default

Suppress a finding in a manifest:
  metadata.annotations:  kube-pairing.io/ignore: "rule-a,rule-b"   (that object; "all" = every rule)
  a comment:             # kube-pairing-ignore rule-a -- reason    (its line, or the line below it)

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on, 2 usage, config or I/O error.
Docs: https://github.com/kube-pairing/kube-pairing/blob/main/docs/configuration.md`;
function oneOf(flag, value, choices, fallback) {
  if (value === void 0) return fallback;
  if (choices.includes(value)) return value;
  throw new ArgumentError(`--${flag} must be one of ${choices.join(", ")} (got "${value}")`);
}
function parseCliArgs(argv, env, isTty) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "default-namespace": { type: "string" },
        "fail-on": { type: "string" },
        quiet: { type: "boolean", short: "q", default: false },
        "fix-preview": { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (error) {
    throw new ArgumentError(error.message);
  }
  const { values, positionals } = parsed;
  const namespace = values["default-namespace"];
  if (namespace !== void 0 && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
    throw new ArgumentError(`--default-namespace must be a valid namespace name (got "${namespace}")`);
  }
  const noColor = values["no-color"] === true || env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  const forceColor = values.color === true || env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0";
  return {
    patterns: positionals,
    format: oneOf("format", values.format, FORMATS, "text"),
    output: values.output,
    config: values.config,
    defaultNamespace: namespace,
    failOn: oneOf("fail-on", values["fail-on"], FAIL_ON, "error"),
    quiet: values.quiet === true,
    fixPreview: values["fix-preview"] === true,
    color: !noColor && (forceColor || isTty && values.output === void 0),
    help: values.help === true,
    version: values.version === true
  };
}

// src/cli/run.ts
async function runCli(argv, io) {
  let options;
  try {
    options = parseCliArgs(argv, io.env, io.isTty);
  } catch (error) {
    if (error instanceof ArgumentError) {
      io.stderr(`kube-pairing: ${error.message}
Run kube-pairing --help for usage.
`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(`${HELP}
`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  try {
    const config = await loadConfig(options.config, { cwd: io.cwd, required: options.config !== void 0 });
    const result = await checkManifests({
      cwd: io.cwd,
      patterns: options.patterns,
      ...configCheckOptions(config, { defaultNamespace: options.defaultNamespace })
    });
    const findings = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
    let report2;
    switch (options.format) {
      case "json":
        report2 = formatJson(jsonReport(result, findings));
        break;
      case "sarif":
        report2 = formatSarif(result, findings, { cwd: io.cwd });
        break;
      case "github":
        report2 = formatGithub(findings);
        break;
      default:
        report2 = formatText(result, findings, { color: options.color, fixPreview: options.fixPreview });
    }
    if (options.output !== void 0) await writeFile(path3.resolve(io.cwd, options.output), report2);
    else io.stdout(report2);
    return reachesThreshold(findings, options.failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.message.split("\n")) io.stderr(`kube-pairing: ${line}
`);
      return 2;
    }
    if (error instanceof UsageError || isIoError(error)) {
      io.stderr(`kube-pairing: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}
var isIoError = (error) => error instanceof Error && typeof error.code === "string";

// src/cli.ts
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text4) => process.stdout.write(text4),
  // Messages may quote a config file or an argument: they must not read as workflow commands.
  stderr: (text4) => process.stderr.write(neutralizeWorkflowCommands(text4)),
  isTty: process.stdout.isTTY === true
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `kube-pairing: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    process.exitCode = 2;
  }
);
