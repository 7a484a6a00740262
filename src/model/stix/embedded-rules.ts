/**
 * Rules for the embedded types every object may carry (kill-chain phases, external references,
 * granular markings) and for extensions: extension-definition bodies and the predefined SCO
 * extensions of section 6.
 * @module
 */
import { bool, checkCustomProperty, checkShape, CUSTOM_EXT_KEY_RE, dict, dictOf, embedded, enumOf, error, EXT_DEF_KEY_RE, has, hashes, hex, int, isObj, join, lang, list, matching, num, ov, own, ref, refTo, str, ts, url, warn, type Check, type Issues, type Obj, type Shape } from './property-checks.ts';

export const killChainPhase = embedded({
  props: {
    kill_chain_name: (v, p, out) => {
      str(v, p, out);
      if (typeof v === 'string' && !/^[a-z0-9-]+$/.test(v)) warn(out, p, 'SHOULD be lowercase with hyphens');
    },
    phase_name: (v, p, out) => {
      str(v, p, out);
      if (typeof v === 'string' && !/^[a-z0-9-]+$/.test(v)) warn(out, p, 'SHOULD be lowercase with hyphens');
    },
  },
  required: ['kill_chain_name', 'phase_name'],
});

export const externalReference = embedded({
  props: { source_name: str, description: str, url, hashes, external_id: str },
  required: ['source_name'],
  rules(o, p, out) {
    if (!has(o, 'description') && !has(o, 'url') && !has(o, 'external_id')) {
      error(out, p, 'must contain at least one of description, url, external_id');
    }
    // Section 2.5 / 4.19: CVE and CAPEC references carry their identifier in external_id.
    if (o.source_name === 'cve' && !(typeof o.external_id === 'string' && /^CVE-\d{4}-(?:0\d{3}|[1-9]\d{3,})$/.test(o.external_id))) {
      error(out, join(p, 'external_id'), 'a "cve" reference needs the CVE identifier (CVE-YYYY-NNNN)');
    }
    if (o.source_name === 'capec' && !(typeof o.external_id === 'string' && /^CAPEC-\d+$/.test(o.external_id))) {
      error(out, join(p, 'external_id'), 'a "capec" reference needs the CAPEC identifier (CAPEC-N)');
    }
  },
});

const SELECTOR_RE = /^(?:[a-z0-9_-]{3,249}(?:\.(?:\[\d+\]|[a-z0-9_-]{1,250}))*|id)$/;
export const granularMarking = embedded({
  props: {
    selectors: list(matching(SELECTOR_RE, 'a selector like description or external_references.[0].url')),
    lang,
    marking_ref: ref(refTo('marking-definition')),
  },
  required: ['selectors'],
  exactlyOne: ['lang', 'marking_ref'],
});

/** Section 7.2.3.1: every selector must resolve to a property or list item of the marked object. */
export function checkSelectors(o: Obj, path: string, out: Issues): void {
  const gms = o.granular_markings;
  if (gms === undefined || !Array.isArray(gms)) return;
  gms.forEach((gm, i) => {
    if (!isObj(gm) || !Array.isArray(gm.selectors)) return;
    gm.selectors.forEach((sel, j) => {
      if (typeof sel !== 'string' || !SELECTOR_RE.test(sel)) return;
      let cur: unknown = o;
      for (const step of sel.split('.')) {
        const idx = /^\[(\d+)\]$/.exec(step);
        cur = idx ? (Array.isArray(cur) ? cur[Number(idx[1])] : undefined) : isObj(cur) && Object.hasOwn(cur, step) ? cur[step] : undefined;
        if (cur === undefined) break;
      }
      if (cur === undefined) error(out, `${path ? path + '.' : ''}granular_markings[${i}].selectors[${j}]`, `"${sel}" selects nothing in this object`);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Extensions (section 7.3 and the predefined SCO extensions of section 6)

export const extensionTypeEnum = enumOf('extension-type-enum');

/** Bodies of custom and extension-definition extensions follow the custom-property rules. */
export function checkCustomBody(v: unknown, p: string, out: Issues, known: Record<string, Check> = {}): void {
  if (!isObj(v)) return error(out, p, 'must be an object');
  const keys = Object.keys(v);
  if (keys.length === 0) return error(out, p, 'must not be empty');
  for (const k of keys) {
    const check = own(known, k);
    if (check) check(v[k], join(p, k), out);
    else checkCustomProperty(k, v[k], join(p, k), out);
  }
}

const PREDEFINED_EXTENSIONS: Record<string, Record<string, Shape>> = {
  file: {
    'ntfs-ext': {
      props: {
        sid: str,
        alternate_data_streams: list(embedded({ props: { name: str, hashes, size: int(0) }, required: ['name'] })),
      },
      atLeastOne: ['sid', 'alternate_data_streams'],
    },
    'raster-image-ext': {
      props: {
        image_height: int(),
        image_width: int(),
        bits_per_pixel: int(),
        exif_tags: dictOf((v, p, out) => {
          if (typeof v !== 'string' && !(typeof v === 'number' && Number.isInteger(v))) error(out, p, 'must be a string or an integer');
        }),
      },
      atLeastOne: ['image_height', 'image_width', 'bits_per_pixel', 'exif_tags'],
    },
    'pdf-ext': {
      props: { version: str, is_optimized: bool, document_info_dict: dictOf(str), pdfid0: str, pdfid1: str },
      atLeastOne: ['version', 'is_optimized', 'document_info_dict', 'pdfid0', 'pdfid1'],
    },
    'archive-ext': {
      props: { contains_refs: list(ref(refTo('file', 'directory'))), comment: str },
      required: ['contains_refs'],
    },
    'windows-pebinary-ext': {
      props: {
        pe_type: ov('windows-pebinary-type-ov'),
        imphash: str,
        machine_hex: hex,
        number_of_sections: int(0),
        time_date_stamp: ts('second'),
        pointer_to_symbol_table_hex: hex,
        number_of_symbols: int(0),
        size_of_optional_header: int(0),
        characteristics_hex: hex,
        file_header_hashes: hashes,
        optional_header: (v, p, out) => peOptionalHeader(v, p, out),
        sections: list(embedded({ props: { name: str, size: int(0), entropy: num(), hashes }, required: ['name'] })),
      },
      required: ['pe_type'],
      // Section 6.7.6: at least one property other than pe_type.
      atLeastOne: [
        'imphash', 'machine_hex', 'number_of_sections', 'time_date_stamp', 'pointer_to_symbol_table_hex', 'number_of_symbols',
        'size_of_optional_header', 'characteristics_hex', 'file_header_hashes', 'optional_header', 'sections',
      ],
    },
  },
  'network-traffic': {
    'http-request-ext': {
      props: {
        request_method: str,
        request_value: str,
        request_version: str,
        request_header: dictOf(list(str)),
        message_body_length: int(0),
        message_body_data_ref: ref(refTo('artifact')),
      },
      required: ['request_method', 'request_value'],
    },
    'icmp-ext': { props: { icmp_type_hex: hex, icmp_code_hex: hex }, required: ['icmp_type_hex', 'icmp_code_hex'] },
    'socket-ext': {
      props: {
        address_family: enumOf('network-socket-address-family-enum'),
        is_blocking: bool,
        is_listening: bool,
        options: dictOf(int()),
        socket_type: enumOf('network-socket-type-enum'),
        socket_descriptor: int(0),
        socket_handle: int(),
      },
      required: ['address_family'],
    },
    'tcp-ext': { props: { src_flags_hex: hex, dst_flags_hex: hex }, atLeastOne: ['src_flags_hex', 'dst_flags_hex'] },
  },
  process: {
    'windows-process-ext': {
      props: {
        aslr_enabled: bool,
        dep_enabled: bool,
        priority: str,
        owner_sid: str,
        window_title: str,
        startup_info: dict(),
        integrity_level: enumOf('windows-integrity-level-enum'),
      },
      atLeastOne: ['aslr_enabled', 'dep_enabled', 'priority', 'owner_sid', 'window_title', 'startup_info', 'integrity_level'],
    },
    'windows-service-ext': {
      props: {
        service_name: str,
        descriptions: list(str),
        display_name: str,
        group_name: str,
        start_type: enumOf('windows-service-start-type-enum'),
        service_dll_refs: list(ref(refTo('file'))),
        service_type: enumOf('windows-service-type-enum'),
        service_status: enumOf('windows-service-status-enum'),
      },
      atLeastOne: ['service_name', 'descriptions', 'display_name', 'group_name', 'start_type', 'service_dll_refs', 'service_type', 'service_status'],
    },
  },
  'user-account': {
    'unix-account-ext': {
      props: { gid: int(), groups: list(str), home_dir: str, shell: str },
      atLeastOne: ['gid', 'groups', 'home_dir', 'shell'],
    },
  },
};

const PE_OPTIONAL_HEADER_PROPS: Record<string, Check> = {
  magic_hex: hex, major_linker_version: int(), minor_linker_version: int(), size_of_code: int(0),
  size_of_initialized_data: int(0), size_of_uninitialized_data: int(0), address_of_entry_point: int(), base_of_code: int(),
  base_of_data: int(), image_base: int(), section_alignment: int(), file_alignment: int(), major_os_version: int(),
  minor_os_version: int(), major_image_version: int(), minor_image_version: int(), major_subsystem_version: int(),
  minor_subsystem_version: int(), win32_version_value_hex: hex, size_of_image: int(0), size_of_headers: int(0),
  checksum_hex: hex, subsystem_hex: hex, dll_characteristics_hex: hex, size_of_stack_reserve: int(0),
  size_of_stack_commit: int(0), size_of_heap_reserve: int(0), size_of_heap_commit: int(0), loader_flags_hex: hex,
  number_of_rva_and_sizes: int(), hashes,
};
const peOptionalHeader = embedded({ props: PE_OPTIONAL_HEADER_PROPS, atLeastOne: Object.keys(PE_OPTIONAL_HEADER_PROPS) });

/** The `extensions` property for an object of `type` (sco: whether predefined SCO extensions apply). */
export function checkExtensions(v: unknown, p: string, out: Issues, type: string, allowCustomExt: boolean): void {
  if (!isObj(v)) return error(out, p, 'must be a dictionary of extensions');
  const keys = Object.keys(v);
  if (keys.length === 0) return error(out, p, 'must not be empty');
  const predefined = own(PREDEFINED_EXTENSIONS, type);
  for (const k of keys) {
    const kp = join(p, k);
    const body = v[k];
    const shape = predefined && own(predefined, k);
    if (shape) {
      if (!isObj(body)) error(out, kp, 'must be an object');
      else checkShape(body, shape, kp, out);
    } else if (EXT_DEF_KEY_RE.test(k)) {
      checkCustomBody(body, kp, out, { extension_type: extensionTypeEnum });
      if (isObj(body) && !has(body, 'extension_type')) error(out, join(kp, 'extension_type'), 'required');
    } else if (allowCustomExt && CUSTOM_EXT_KEY_RE.test(k)) {
      // 2.1 keeps pre-extension-definition custom extensions (deprecated, section 11.3).
      warn(out, kp, 'custom extension key (deprecated): use an extension-definition id');
      checkCustomBody(body, kp, out);
    } else {
      error(out, kp, 'extension key must be an extension-definition id or a predefined extension name');
    }
  }
}
