/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const skylark = $root.skylark = (() => {

    /**
     * Namespace skylark.
     * @exports skylark
     * @namespace
     */
    const skylark = {};

    skylark.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof skylark
         * @namespace
         */
        const v1 = {};

        v1.CodecParameterValue = (function() {

            /**
             * Properties of a CodecParameterValue.
             * @typedef {Object} skylark.v1.CodecParameterValue.$Properties
             * @property {string|null} [text] CodecParameterValue text
             * @property {number|null} [number] CodecParameterValue number
             * @property {"text"|"number"} [value] CodecParameterValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CodecParameterValue.
             * @memberof skylark.v1
             * @interface ICodecParameterValue
             * @augments skylark.v1.CodecParameterValue.$Properties
             * @deprecated Use skylark.v1.CodecParameterValue.$Properties instead.
             */

            /**
             * Narrowed shape of a CodecParameterValue.
             * @typedef {{
             *   text?: string|null;
             *   number?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; text?: null; number?: null }|{ value?: "text"; text: string; number?: null }|{ value?: "number"; text?: null; number: number })
             * )} skylark.v1.CodecParameterValue.$Shape
             */

            /**
             * Constructs a new CodecParameterValue.
             * @memberof skylark.v1
             * @classdesc Represents a CodecParameterValue.
             * @constructor
             * @param {skylark.v1.CodecParameterValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CodecParameterValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CodecParameterValue text.
             * @member {string|null|undefined} text
             * @memberof skylark.v1.CodecParameterValue
             * @instance
             */
            CodecParameterValue.prototype.text = null;

            /**
             * CodecParameterValue number.
             * @member {number|null|undefined} number
             * @memberof skylark.v1.CodecParameterValue
             * @instance
             */
            CodecParameterValue.prototype.number = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CodecParameterValue value.
             * @member {"text"|"number"|undefined} value
             * @memberof skylark.v1.CodecParameterValue
             * @instance
             */
            $Object.defineProperty(CodecParameterValue.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["text", "number"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CodecParameterValue instance using the specified properties.
             * @function create
             * @memberof skylark.v1.CodecParameterValue
             * @static
             * @param {skylark.v1.CodecParameterValue.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.CodecParameterValue} CodecParameterValue instance
             * @type {{
             *   (properties: skylark.v1.CodecParameterValue.$Shape): skylark.v1.CodecParameterValue & skylark.v1.CodecParameterValue.$Shape;
             *   (properties?: skylark.v1.CodecParameterValue.$Properties): skylark.v1.CodecParameterValue;
             * }}
             */
            CodecParameterValue.create = function(properties) {
                return new CodecParameterValue(properties);
            };

            /**
             * Encodes the specified CodecParameterValue message. Does not implicitly {@link skylark.v1.CodecParameterValue.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.CodecParameterValue
             * @static
             * @param {skylark.v1.CodecParameterValue.$Properties} message CodecParameterValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CodecParameterValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.number);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CodecParameterValue message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.CodecParameterValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.CodecParameterValue & skylark.v1.CodecParameterValue.$Shape} CodecParameterValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CodecParameterValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.CodecParameterValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.text = reader.stringVerify();
                            message.value = "text";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.number = reader.double();
                            message.value = "number";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CodecParameterValue;
        })();

        v1.RtcpFeedback = (function() {

            /**
             * Properties of a RtcpFeedback.
             * @typedef {Object} skylark.v1.RtcpFeedback.$Properties
             * @property {string|null} [type] RtcpFeedback type
             * @property {string|null} [parameter] RtcpFeedback parameter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtcpFeedback.
             * @memberof skylark.v1
             * @interface IRtcpFeedback
             * @augments skylark.v1.RtcpFeedback.$Properties
             * @deprecated Use skylark.v1.RtcpFeedback.$Properties instead.
             */

            /**
             * Shape of a RtcpFeedback.
             * @typedef {skylark.v1.RtcpFeedback.$Properties} skylark.v1.RtcpFeedback.$Shape
             */

            /**
             * Constructs a new RtcpFeedback.
             * @memberof skylark.v1
             * @classdesc Represents a RtcpFeedback.
             * @constructor
             * @param {skylark.v1.RtcpFeedback.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtcpFeedback = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtcpFeedback type.
             * @member {string} type
             * @memberof skylark.v1.RtcpFeedback
             * @instance
             */
            RtcpFeedback.prototype.type = "";

            /**
             * RtcpFeedback parameter.
             * @member {string|null|undefined} parameter
             * @memberof skylark.v1.RtcpFeedback
             * @instance
             */
            RtcpFeedback.prototype.parameter = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtcpFeedback.prototype, "_parameter", {
                get: $util.oneOfGetter($oneOfFields = ["parameter"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RtcpFeedback instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtcpFeedback
             * @static
             * @param {skylark.v1.RtcpFeedback.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtcpFeedback} RtcpFeedback instance
             * @type {{
             *   (properties: skylark.v1.RtcpFeedback.$Shape): skylark.v1.RtcpFeedback & skylark.v1.RtcpFeedback.$Shape;
             *   (properties?: skylark.v1.RtcpFeedback.$Properties): skylark.v1.RtcpFeedback;
             * }}
             */
            RtcpFeedback.create = function(properties) {
                return new RtcpFeedback(properties);
            };

            /**
             * Encodes the specified RtcpFeedback message. Does not implicitly {@link skylark.v1.RtcpFeedback.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtcpFeedback
             * @static
             * @param {skylark.v1.RtcpFeedback.$Properties} message RtcpFeedback message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtcpFeedback.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.parameter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtcpFeedback message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtcpFeedback
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtcpFeedback & skylark.v1.RtcpFeedback.$Shape} RtcpFeedback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtcpFeedback.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtcpFeedback();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.parameter = reader.stringVerify();
                            message._parameter = "parameter";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtcpFeedback;
        })();

        v1.RtpCodecCapability = (function() {

            /**
             * Properties of a RtpCodecCapability.
             * @typedef {Object} skylark.v1.RtpCodecCapability.$Properties
             * @property {string|null} [kind] RtpCodecCapability kind
             * @property {string|null} [mimeType] RtpCodecCapability mimeType
             * @property {number|null} [preferredPayloadType] RtpCodecCapability preferredPayloadType
             * @property {number|null} [clockRate] RtpCodecCapability clockRate
             * @property {number|null} [channels] RtpCodecCapability channels
             * @property {Object.<string,skylark.v1.CodecParameterValue.$Properties>|null} [parameters] RtpCodecCapability parameters
             * @property {Array.<skylark.v1.RtcpFeedback.$Properties>|null} [rtcpFeedback] RtpCodecCapability rtcpFeedback
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtpCodecCapability.
             * @memberof skylark.v1
             * @interface IRtpCodecCapability
             * @augments skylark.v1.RtpCodecCapability.$Properties
             * @deprecated Use skylark.v1.RtpCodecCapability.$Properties instead.
             */

            /**
             * Shape of a RtpCodecCapability.
             * @typedef {{
             *   kind?: string|null;
             *   mimeType?: string|null;
             *   preferredPayloadType?: number|null;
             *   clockRate?: number|null;
             *   channels?: number|null;
             *   parameters?: Object.<string,skylark.v1.CodecParameterValue.$Shape>|null;
             *   rtcpFeedback?: Array.<skylark.v1.RtcpFeedback.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.RtpCodecCapability.$Shape
             */

            /**
             * Constructs a new RtpCodecCapability.
             * @memberof skylark.v1
             * @classdesc Represents a RtpCodecCapability.
             * @constructor
             * @param {skylark.v1.RtpCodecCapability.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtpCodecCapability = function (properties) {
                this.parameters = {};
                this.rtcpFeedback = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtpCodecCapability kind.
             * @member {string} kind
             * @memberof skylark.v1.RtpCodecCapability
             * @instance
             */
            RtpCodecCapability.prototype.kind = "";

            /**
             * RtpCodecCapability mimeType.
             * @member {string} mimeType
             * @memberof skylark.v1.RtpCodecCapability
             * @instance
             */
            RtpCodecCapability.prototype.mimeType = "";

            /**
             * RtpCodecCapability preferredPayloadType.
             * @member {number|null|undefined} preferredPayloadType
             * @memberof skylark.v1.RtpCodecCapability
             * @instance
             */
            RtpCodecCapability.prototype.preferredPayloadType = null;

            /**
             * RtpCodecCapability clockRate.
             * @member {number} clockRate
             * @memberof skylark.v1.RtpCodecCapability
             * @instance
             */
            RtpCodecCapability.prototype.clockRate = 0;

            /**
             * RtpCodecCapability channels.
             * @member {number|null|undefined} channels
             * @memberof skylark.v1.RtpCodecCapability
             * @instance
             */
            RtpCodecCapability.prototype.channels = null;

            /**
             * RtpCodecCapability parameters.
             * @member {Object.<string,skylark.v1.CodecParameterValue.$Properties>} parameters
             * @memberof skylark.v1.RtpCodecCapability
             * @instance
             */
            RtpCodecCapability.prototype.parameters = $util.emptyObject;

            /**
             * RtpCodecCapability rtcpFeedback.
             * @member {Array.<skylark.v1.RtcpFeedback.$Properties>} rtcpFeedback
             * @memberof skylark.v1.RtpCodecCapability
             * @instance
             */
            RtpCodecCapability.prototype.rtcpFeedback = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpCodecCapability.prototype, "_preferredPayloadType", {
                get: $util.oneOfGetter($oneOfFields = ["preferredPayloadType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpCodecCapability.prototype, "_channels", {
                get: $util.oneOfGetter($oneOfFields = ["channels"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RtpCodecCapability instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtpCodecCapability
             * @static
             * @param {skylark.v1.RtpCodecCapability.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtpCodecCapability} RtpCodecCapability instance
             * @type {{
             *   (properties: skylark.v1.RtpCodecCapability.$Shape): skylark.v1.RtpCodecCapability & skylark.v1.RtpCodecCapability.$Shape;
             *   (properties?: skylark.v1.RtpCodecCapability.$Properties): skylark.v1.RtpCodecCapability;
             * }}
             */
            RtpCodecCapability.create = function(properties) {
                return new RtpCodecCapability(properties);
            };

            /**
             * Encodes the specified RtpCodecCapability message. Does not implicitly {@link skylark.v1.RtpCodecCapability.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtpCodecCapability
             * @static
             * @param {skylark.v1.RtpCodecCapability.$Properties} message RtpCodecCapability message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtpCodecCapability.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.mimeType != null && $Object.hasOwnProperty.call(message, "mimeType") && message.mimeType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.mimeType);
                if (message.preferredPayloadType != null && $Object.hasOwnProperty.call(message, "preferredPayloadType"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.preferredPayloadType);
                if (message.clockRate != null && $Object.hasOwnProperty.call(message, "clockRate") && message.clockRate !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.clockRate);
                if (message.channels != null && $Object.hasOwnProperty.call(message, "channels"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.channels);
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.skylark.v1.CodecParameterValue.encode(message.parameters[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.rtcpFeedback != null && message.rtcpFeedback.length)
                    for (let i = 0; i < message.rtcpFeedback.length; ++i)
                        $root.skylark.v1.RtcpFeedback.encode(message.rtcpFeedback[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtpCodecCapability message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtpCodecCapability
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtpCodecCapability & skylark.v1.RtpCodecCapability.$Shape} RtpCodecCapability
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtpCodecCapability.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtpCodecCapability();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mimeType = value;
                            else
                                delete message.mimeType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.preferredPayloadType = reader.uint32();
                            message._preferredPayloadType = "preferredPayloadType";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.clockRate = value;
                            else
                                delete message.clockRate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.channels = reader.uint32();
                            message._channels = "channels";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (message.parameters === $util.emptyObject)
                                message.parameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.skylark.v1.CodecParameterValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.parameters, key);
                            message.parameters[key] = value || new $root.skylark.v1.CodecParameterValue();
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rtcpFeedback && message.rtcpFeedback.length))
                                message.rtcpFeedback = [];
                            message.rtcpFeedback.push($root.skylark.v1.RtcpFeedback.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtpCodecCapability;
        })();

        v1.RtpHeaderExtension = (function() {

            /**
             * Properties of a RtpHeaderExtension.
             * @typedef {Object} skylark.v1.RtpHeaderExtension.$Properties
             * @property {string|null} [kind] RtpHeaderExtension kind
             * @property {string|null} [uri] RtpHeaderExtension uri
             * @property {number|null} [preferredId] RtpHeaderExtension preferredId
             * @property {boolean|null} [preferredEncrypt] RtpHeaderExtension preferredEncrypt
             * @property {string|null} [direction] RtpHeaderExtension direction
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtpHeaderExtension.
             * @memberof skylark.v1
             * @interface IRtpHeaderExtension
             * @augments skylark.v1.RtpHeaderExtension.$Properties
             * @deprecated Use skylark.v1.RtpHeaderExtension.$Properties instead.
             */

            /**
             * Shape of a RtpHeaderExtension.
             * @typedef {skylark.v1.RtpHeaderExtension.$Properties} skylark.v1.RtpHeaderExtension.$Shape
             */

            /**
             * Constructs a new RtpHeaderExtension.
             * @memberof skylark.v1
             * @classdesc Represents a RtpHeaderExtension.
             * @constructor
             * @param {skylark.v1.RtpHeaderExtension.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtpHeaderExtension = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtpHeaderExtension kind.
             * @member {string} kind
             * @memberof skylark.v1.RtpHeaderExtension
             * @instance
             */
            RtpHeaderExtension.prototype.kind = "";

            /**
             * RtpHeaderExtension uri.
             * @member {string} uri
             * @memberof skylark.v1.RtpHeaderExtension
             * @instance
             */
            RtpHeaderExtension.prototype.uri = "";

            /**
             * RtpHeaderExtension preferredId.
             * @member {number} preferredId
             * @memberof skylark.v1.RtpHeaderExtension
             * @instance
             */
            RtpHeaderExtension.prototype.preferredId = 0;

            /**
             * RtpHeaderExtension preferredEncrypt.
             * @member {boolean|null|undefined} preferredEncrypt
             * @memberof skylark.v1.RtpHeaderExtension
             * @instance
             */
            RtpHeaderExtension.prototype.preferredEncrypt = null;

            /**
             * RtpHeaderExtension direction.
             * @member {string|null|undefined} direction
             * @memberof skylark.v1.RtpHeaderExtension
             * @instance
             */
            RtpHeaderExtension.prototype.direction = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpHeaderExtension.prototype, "_preferredEncrypt", {
                get: $util.oneOfGetter($oneOfFields = ["preferredEncrypt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpHeaderExtension.prototype, "_direction", {
                get: $util.oneOfGetter($oneOfFields = ["direction"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RtpHeaderExtension instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtpHeaderExtension
             * @static
             * @param {skylark.v1.RtpHeaderExtension.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtpHeaderExtension} RtpHeaderExtension instance
             * @type {{
             *   (properties: skylark.v1.RtpHeaderExtension.$Shape): skylark.v1.RtpHeaderExtension & skylark.v1.RtpHeaderExtension.$Shape;
             *   (properties?: skylark.v1.RtpHeaderExtension.$Properties): skylark.v1.RtpHeaderExtension;
             * }}
             */
            RtpHeaderExtension.create = function(properties) {
                return new RtpHeaderExtension(properties);
            };

            /**
             * Encodes the specified RtpHeaderExtension message. Does not implicitly {@link skylark.v1.RtpHeaderExtension.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtpHeaderExtension
             * @static
             * @param {skylark.v1.RtpHeaderExtension.$Properties} message RtpHeaderExtension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtpHeaderExtension.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.uri);
                if (message.preferredId != null && $Object.hasOwnProperty.call(message, "preferredId") && message.preferredId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.preferredId);
                if (message.preferredEncrypt != null && $Object.hasOwnProperty.call(message, "preferredEncrypt"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.preferredEncrypt);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.direction);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtpHeaderExtension message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtpHeaderExtension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtpHeaderExtension & skylark.v1.RtpHeaderExtension.$Shape} RtpHeaderExtension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtpHeaderExtension.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtpHeaderExtension();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uri = value;
                            else
                                delete message.uri;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.preferredId = value;
                            else
                                delete message.preferredId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.preferredEncrypt = reader.bool();
                            message._preferredEncrypt = "preferredEncrypt";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.direction = reader.stringVerify();
                            message._direction = "direction";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtpHeaderExtension;
        })();

        v1.RtpCapabilities = (function() {

            /**
             * Properties of a RtpCapabilities.
             * @typedef {Object} skylark.v1.RtpCapabilities.$Properties
             * @property {Array.<skylark.v1.RtpCodecCapability.$Properties>|null} [codecs] RtpCapabilities codecs
             * @property {Array.<skylark.v1.RtpHeaderExtension.$Properties>|null} [headerExtensions] RtpCapabilities headerExtensions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtpCapabilities.
             * @memberof skylark.v1
             * @interface IRtpCapabilities
             * @augments skylark.v1.RtpCapabilities.$Properties
             * @deprecated Use skylark.v1.RtpCapabilities.$Properties instead.
             */

            /**
             * Shape of a RtpCapabilities.
             * @typedef {{
             *   codecs?: Array.<skylark.v1.RtpCodecCapability.$Shape>|null;
             *   headerExtensions?: Array.<skylark.v1.RtpHeaderExtension.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.RtpCapabilities.$Shape
             */

            /**
             * Constructs a new RtpCapabilities.
             * @memberof skylark.v1
             * @classdesc Represents a RtpCapabilities.
             * @constructor
             * @param {skylark.v1.RtpCapabilities.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtpCapabilities = function (properties) {
                this.codecs = [];
                this.headerExtensions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtpCapabilities codecs.
             * @member {Array.<skylark.v1.RtpCodecCapability.$Properties>} codecs
             * @memberof skylark.v1.RtpCapabilities
             * @instance
             */
            RtpCapabilities.prototype.codecs = $util.emptyArray;

            /**
             * RtpCapabilities headerExtensions.
             * @member {Array.<skylark.v1.RtpHeaderExtension.$Properties>} headerExtensions
             * @memberof skylark.v1.RtpCapabilities
             * @instance
             */
            RtpCapabilities.prototype.headerExtensions = $util.emptyArray;

            /**
             * Creates a new RtpCapabilities instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtpCapabilities
             * @static
             * @param {skylark.v1.RtpCapabilities.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtpCapabilities} RtpCapabilities instance
             * @type {{
             *   (properties: skylark.v1.RtpCapabilities.$Shape): skylark.v1.RtpCapabilities & skylark.v1.RtpCapabilities.$Shape;
             *   (properties?: skylark.v1.RtpCapabilities.$Properties): skylark.v1.RtpCapabilities;
             * }}
             */
            RtpCapabilities.create = function(properties) {
                return new RtpCapabilities(properties);
            };

            /**
             * Encodes the specified RtpCapabilities message. Does not implicitly {@link skylark.v1.RtpCapabilities.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtpCapabilities
             * @static
             * @param {skylark.v1.RtpCapabilities.$Properties} message RtpCapabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtpCapabilities.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.codecs != null && message.codecs.length)
                    for (let i = 0; i < message.codecs.length; ++i)
                        $root.skylark.v1.RtpCodecCapability.encode(message.codecs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.headerExtensions != null && message.headerExtensions.length)
                    for (let i = 0; i < message.headerExtensions.length; ++i)
                        $root.skylark.v1.RtpHeaderExtension.encode(message.headerExtensions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtpCapabilities message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtpCapabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtpCapabilities & skylark.v1.RtpCapabilities.$Shape} RtpCapabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtpCapabilities.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtpCapabilities();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.codecs && message.codecs.length))
                                message.codecs = [];
                            message.codecs.push($root.skylark.v1.RtpCodecCapability.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.headerExtensions && message.headerExtensions.length))
                                message.headerExtensions = [];
                            message.headerExtensions.push($root.skylark.v1.RtpHeaderExtension.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtpCapabilities;
        })();

        v1.RtpCodecParameters = (function() {

            /**
             * Properties of a RtpCodecParameters.
             * @typedef {Object} skylark.v1.RtpCodecParameters.$Properties
             * @property {string|null} [mimeType] RtpCodecParameters mimeType
             * @property {number|null} [payloadType] RtpCodecParameters payloadType
             * @property {number|null} [clockRate] RtpCodecParameters clockRate
             * @property {number|null} [channels] RtpCodecParameters channels
             * @property {Object.<string,skylark.v1.CodecParameterValue.$Properties>|null} [parameters] RtpCodecParameters parameters
             * @property {Array.<skylark.v1.RtcpFeedback.$Properties>|null} [rtcpFeedback] RtpCodecParameters rtcpFeedback
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtpCodecParameters.
             * @memberof skylark.v1
             * @interface IRtpCodecParameters
             * @augments skylark.v1.RtpCodecParameters.$Properties
             * @deprecated Use skylark.v1.RtpCodecParameters.$Properties instead.
             */

            /**
             * Shape of a RtpCodecParameters.
             * @typedef {{
             *   mimeType?: string|null;
             *   payloadType?: number|null;
             *   clockRate?: number|null;
             *   channels?: number|null;
             *   parameters?: Object.<string,skylark.v1.CodecParameterValue.$Shape>|null;
             *   rtcpFeedback?: Array.<skylark.v1.RtcpFeedback.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.RtpCodecParameters.$Shape
             */

            /**
             * Constructs a new RtpCodecParameters.
             * @memberof skylark.v1
             * @classdesc Represents a RtpCodecParameters.
             * @constructor
             * @param {skylark.v1.RtpCodecParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtpCodecParameters = function (properties) {
                this.parameters = {};
                this.rtcpFeedback = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtpCodecParameters mimeType.
             * @member {string} mimeType
             * @memberof skylark.v1.RtpCodecParameters
             * @instance
             */
            RtpCodecParameters.prototype.mimeType = "";

            /**
             * RtpCodecParameters payloadType.
             * @member {number} payloadType
             * @memberof skylark.v1.RtpCodecParameters
             * @instance
             */
            RtpCodecParameters.prototype.payloadType = 0;

            /**
             * RtpCodecParameters clockRate.
             * @member {number} clockRate
             * @memberof skylark.v1.RtpCodecParameters
             * @instance
             */
            RtpCodecParameters.prototype.clockRate = 0;

            /**
             * RtpCodecParameters channels.
             * @member {number|null|undefined} channels
             * @memberof skylark.v1.RtpCodecParameters
             * @instance
             */
            RtpCodecParameters.prototype.channels = null;

            /**
             * RtpCodecParameters parameters.
             * @member {Object.<string,skylark.v1.CodecParameterValue.$Properties>} parameters
             * @memberof skylark.v1.RtpCodecParameters
             * @instance
             */
            RtpCodecParameters.prototype.parameters = $util.emptyObject;

            /**
             * RtpCodecParameters rtcpFeedback.
             * @member {Array.<skylark.v1.RtcpFeedback.$Properties>} rtcpFeedback
             * @memberof skylark.v1.RtpCodecParameters
             * @instance
             */
            RtpCodecParameters.prototype.rtcpFeedback = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpCodecParameters.prototype, "_channels", {
                get: $util.oneOfGetter($oneOfFields = ["channels"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RtpCodecParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtpCodecParameters
             * @static
             * @param {skylark.v1.RtpCodecParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtpCodecParameters} RtpCodecParameters instance
             * @type {{
             *   (properties: skylark.v1.RtpCodecParameters.$Shape): skylark.v1.RtpCodecParameters & skylark.v1.RtpCodecParameters.$Shape;
             *   (properties?: skylark.v1.RtpCodecParameters.$Properties): skylark.v1.RtpCodecParameters;
             * }}
             */
            RtpCodecParameters.create = function(properties) {
                return new RtpCodecParameters(properties);
            };

            /**
             * Encodes the specified RtpCodecParameters message. Does not implicitly {@link skylark.v1.RtpCodecParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtpCodecParameters
             * @static
             * @param {skylark.v1.RtpCodecParameters.$Properties} message RtpCodecParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtpCodecParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mimeType != null && $Object.hasOwnProperty.call(message, "mimeType") && message.mimeType !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.mimeType);
                if (message.payloadType != null && $Object.hasOwnProperty.call(message, "payloadType") && message.payloadType !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.payloadType);
                if (message.clockRate != null && $Object.hasOwnProperty.call(message, "clockRate") && message.clockRate !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.clockRate);
                if (message.channels != null && $Object.hasOwnProperty.call(message, "channels"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.channels);
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.skylark.v1.CodecParameterValue.encode(message.parameters[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.rtcpFeedback != null && message.rtcpFeedback.length)
                    for (let i = 0; i < message.rtcpFeedback.length; ++i)
                        $root.skylark.v1.RtcpFeedback.encode(message.rtcpFeedback[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtpCodecParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtpCodecParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtpCodecParameters & skylark.v1.RtpCodecParameters.$Shape} RtpCodecParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtpCodecParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtpCodecParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mimeType = value;
                            else
                                delete message.mimeType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.payloadType = value;
                            else
                                delete message.payloadType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.clockRate = value;
                            else
                                delete message.clockRate;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.channels = reader.uint32();
                            message._channels = "channels";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.parameters === $util.emptyObject)
                                message.parameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.skylark.v1.CodecParameterValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.parameters, key);
                            message.parameters[key] = value || new $root.skylark.v1.CodecParameterValue();
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rtcpFeedback && message.rtcpFeedback.length))
                                message.rtcpFeedback = [];
                            message.rtcpFeedback.push($root.skylark.v1.RtcpFeedback.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtpCodecParameters;
        })();

        v1.RtpHeaderExtensionParameters = (function() {

            /**
             * Properties of a RtpHeaderExtensionParameters.
             * @typedef {Object} skylark.v1.RtpHeaderExtensionParameters.$Properties
             * @property {string|null} [uri] RtpHeaderExtensionParameters uri
             * @property {number|null} [id] RtpHeaderExtensionParameters id
             * @property {boolean|null} [encrypt] RtpHeaderExtensionParameters encrypt
             * @property {Object.<string,skylark.v1.CodecParameterValue.$Properties>|null} [parameters] RtpHeaderExtensionParameters parameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtpHeaderExtensionParameters.
             * @memberof skylark.v1
             * @interface IRtpHeaderExtensionParameters
             * @augments skylark.v1.RtpHeaderExtensionParameters.$Properties
             * @deprecated Use skylark.v1.RtpHeaderExtensionParameters.$Properties instead.
             */

            /**
             * Shape of a RtpHeaderExtensionParameters.
             * @typedef {{
             *   uri?: string|null;
             *   id?: number|null;
             *   encrypt?: boolean|null;
             *   parameters?: Object.<string,skylark.v1.CodecParameterValue.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.RtpHeaderExtensionParameters.$Shape
             */

            /**
             * Constructs a new RtpHeaderExtensionParameters.
             * @memberof skylark.v1
             * @classdesc Represents a RtpHeaderExtensionParameters.
             * @constructor
             * @param {skylark.v1.RtpHeaderExtensionParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtpHeaderExtensionParameters = function (properties) {
                this.parameters = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtpHeaderExtensionParameters uri.
             * @member {string} uri
             * @memberof skylark.v1.RtpHeaderExtensionParameters
             * @instance
             */
            RtpHeaderExtensionParameters.prototype.uri = "";

            /**
             * RtpHeaderExtensionParameters id.
             * @member {number} id
             * @memberof skylark.v1.RtpHeaderExtensionParameters
             * @instance
             */
            RtpHeaderExtensionParameters.prototype.id = 0;

            /**
             * RtpHeaderExtensionParameters encrypt.
             * @member {boolean|null|undefined} encrypt
             * @memberof skylark.v1.RtpHeaderExtensionParameters
             * @instance
             */
            RtpHeaderExtensionParameters.prototype.encrypt = null;

            /**
             * RtpHeaderExtensionParameters parameters.
             * @member {Object.<string,skylark.v1.CodecParameterValue.$Properties>} parameters
             * @memberof skylark.v1.RtpHeaderExtensionParameters
             * @instance
             */
            RtpHeaderExtensionParameters.prototype.parameters = $util.emptyObject;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpHeaderExtensionParameters.prototype, "_encrypt", {
                get: $util.oneOfGetter($oneOfFields = ["encrypt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RtpHeaderExtensionParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtpHeaderExtensionParameters
             * @static
             * @param {skylark.v1.RtpHeaderExtensionParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtpHeaderExtensionParameters} RtpHeaderExtensionParameters instance
             * @type {{
             *   (properties: skylark.v1.RtpHeaderExtensionParameters.$Shape): skylark.v1.RtpHeaderExtensionParameters & skylark.v1.RtpHeaderExtensionParameters.$Shape;
             *   (properties?: skylark.v1.RtpHeaderExtensionParameters.$Properties): skylark.v1.RtpHeaderExtensionParameters;
             * }}
             */
            RtpHeaderExtensionParameters.create = function(properties) {
                return new RtpHeaderExtensionParameters(properties);
            };

            /**
             * Encodes the specified RtpHeaderExtensionParameters message. Does not implicitly {@link skylark.v1.RtpHeaderExtensionParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtpHeaderExtensionParameters
             * @static
             * @param {skylark.v1.RtpHeaderExtensionParameters.$Properties} message RtpHeaderExtensionParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtpHeaderExtensionParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uri);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.id);
                if (message.encrypt != null && $Object.hasOwnProperty.call(message, "encrypt"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.encrypt);
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.skylark.v1.CodecParameterValue.encode(message.parameters[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtpHeaderExtensionParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtpHeaderExtensionParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtpHeaderExtensionParameters & skylark.v1.RtpHeaderExtensionParameters.$Shape} RtpHeaderExtensionParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtpHeaderExtensionParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtpHeaderExtensionParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uri = value;
                            else
                                delete message.uri;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.encrypt = reader.bool();
                            message._encrypt = "encrypt";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.parameters === $util.emptyObject)
                                message.parameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.skylark.v1.CodecParameterValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.parameters, key);
                            message.parameters[key] = value || new $root.skylark.v1.CodecParameterValue();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtpHeaderExtensionParameters;
        })();

        v1.RtxParameters = (function() {

            /**
             * Properties of a RtxParameters.
             * @typedef {Object} skylark.v1.RtxParameters.$Properties
             * @property {number|null} [ssrc] RtxParameters ssrc
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtxParameters.
             * @memberof skylark.v1
             * @interface IRtxParameters
             * @augments skylark.v1.RtxParameters.$Properties
             * @deprecated Use skylark.v1.RtxParameters.$Properties instead.
             */

            /**
             * Shape of a RtxParameters.
             * @typedef {skylark.v1.RtxParameters.$Properties} skylark.v1.RtxParameters.$Shape
             */

            /**
             * Constructs a new RtxParameters.
             * @memberof skylark.v1
             * @classdesc Represents a RtxParameters.
             * @constructor
             * @param {skylark.v1.RtxParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtxParameters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtxParameters ssrc.
             * @member {number} ssrc
             * @memberof skylark.v1.RtxParameters
             * @instance
             */
            RtxParameters.prototype.ssrc = 0;

            /**
             * Creates a new RtxParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtxParameters
             * @static
             * @param {skylark.v1.RtxParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtxParameters} RtxParameters instance
             * @type {{
             *   (properties: skylark.v1.RtxParameters.$Shape): skylark.v1.RtxParameters & skylark.v1.RtxParameters.$Shape;
             *   (properties?: skylark.v1.RtxParameters.$Properties): skylark.v1.RtxParameters;
             * }}
             */
            RtxParameters.create = function(properties) {
                return new RtxParameters(properties);
            };

            /**
             * Encodes the specified RtxParameters message. Does not implicitly {@link skylark.v1.RtxParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtxParameters
             * @static
             * @param {skylark.v1.RtxParameters.$Properties} message RtxParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtxParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ssrc != null && $Object.hasOwnProperty.call(message, "ssrc") && message.ssrc !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ssrc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtxParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtxParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtxParameters & skylark.v1.RtxParameters.$Shape} RtxParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtxParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtxParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ssrc = value;
                            else
                                delete message.ssrc;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtxParameters;
        })();

        v1.RtpEncodingParameters = (function() {

            /**
             * Properties of a RtpEncodingParameters.
             * @typedef {Object} skylark.v1.RtpEncodingParameters.$Properties
             * @property {number|null} [ssrc] RtpEncodingParameters ssrc
             * @property {string|null} [rid] RtpEncodingParameters rid
             * @property {number|null} [codecPayloadType] RtpEncodingParameters codecPayloadType
             * @property {skylark.v1.RtxParameters.$Properties|null} [rtx] RtpEncodingParameters rtx
             * @property {boolean|null} [dtx] RtpEncodingParameters dtx
             * @property {string|null} [scalabilityMode] RtpEncodingParameters scalabilityMode
             * @property {number|null} [scaleResolutionDownBy] RtpEncodingParameters scaleResolutionDownBy
             * @property {number|null} [maxBitrate] RtpEncodingParameters maxBitrate
             * @property {number|null} [maxFramerate] RtpEncodingParameters maxFramerate
             * @property {boolean|null} [active] RtpEncodingParameters active
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtpEncodingParameters.
             * @memberof skylark.v1
             * @interface IRtpEncodingParameters
             * @augments skylark.v1.RtpEncodingParameters.$Properties
             * @deprecated Use skylark.v1.RtpEncodingParameters.$Properties instead.
             */

            /**
             * Shape of a RtpEncodingParameters.
             * @typedef {skylark.v1.RtpEncodingParameters.$Properties} skylark.v1.RtpEncodingParameters.$Shape
             */

            /**
             * Constructs a new RtpEncodingParameters.
             * @memberof skylark.v1
             * @classdesc Represents a RtpEncodingParameters.
             * @constructor
             * @param {skylark.v1.RtpEncodingParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtpEncodingParameters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtpEncodingParameters ssrc.
             * @member {number|null|undefined} ssrc
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.ssrc = null;

            /**
             * RtpEncodingParameters rid.
             * @member {string|null|undefined} rid
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.rid = null;

            /**
             * RtpEncodingParameters codecPayloadType.
             * @member {number|null|undefined} codecPayloadType
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.codecPayloadType = null;

            /**
             * RtpEncodingParameters rtx.
             * @member {skylark.v1.RtxParameters.$Properties|null|undefined} rtx
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.rtx = null;

            /**
             * RtpEncodingParameters dtx.
             * @member {boolean|null|undefined} dtx
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.dtx = null;

            /**
             * RtpEncodingParameters scalabilityMode.
             * @member {string|null|undefined} scalabilityMode
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.scalabilityMode = null;

            /**
             * RtpEncodingParameters scaleResolutionDownBy.
             * @member {number|null|undefined} scaleResolutionDownBy
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.scaleResolutionDownBy = null;

            /**
             * RtpEncodingParameters maxBitrate.
             * @member {number|null|undefined} maxBitrate
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.maxBitrate = null;

            /**
             * RtpEncodingParameters maxFramerate.
             * @member {number|null|undefined} maxFramerate
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.maxFramerate = null;

            /**
             * RtpEncodingParameters active.
             * @member {boolean|null|undefined} active
             * @memberof skylark.v1.RtpEncodingParameters
             * @instance
             */
            RtpEncodingParameters.prototype.active = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_ssrc", {
                get: $util.oneOfGetter($oneOfFields = ["ssrc"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_rid", {
                get: $util.oneOfGetter($oneOfFields = ["rid"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_codecPayloadType", {
                get: $util.oneOfGetter($oneOfFields = ["codecPayloadType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_dtx", {
                get: $util.oneOfGetter($oneOfFields = ["dtx"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_scalabilityMode", {
                get: $util.oneOfGetter($oneOfFields = ["scalabilityMode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_scaleResolutionDownBy", {
                get: $util.oneOfGetter($oneOfFields = ["scaleResolutionDownBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_maxBitrate", {
                get: $util.oneOfGetter($oneOfFields = ["maxBitrate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_maxFramerate", {
                get: $util.oneOfGetter($oneOfFields = ["maxFramerate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpEncodingParameters.prototype, "_active", {
                get: $util.oneOfGetter($oneOfFields = ["active"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RtpEncodingParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtpEncodingParameters
             * @static
             * @param {skylark.v1.RtpEncodingParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtpEncodingParameters} RtpEncodingParameters instance
             * @type {{
             *   (properties: skylark.v1.RtpEncodingParameters.$Shape): skylark.v1.RtpEncodingParameters & skylark.v1.RtpEncodingParameters.$Shape;
             *   (properties?: skylark.v1.RtpEncodingParameters.$Properties): skylark.v1.RtpEncodingParameters;
             * }}
             */
            RtpEncodingParameters.create = function(properties) {
                return new RtpEncodingParameters(properties);
            };

            /**
             * Encodes the specified RtpEncodingParameters message. Does not implicitly {@link skylark.v1.RtpEncodingParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtpEncodingParameters
             * @static
             * @param {skylark.v1.RtpEncodingParameters.$Properties} message RtpEncodingParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtpEncodingParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ssrc != null && $Object.hasOwnProperty.call(message, "ssrc"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ssrc);
                if (message.rid != null && $Object.hasOwnProperty.call(message, "rid"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.rid);
                if (message.codecPayloadType != null && $Object.hasOwnProperty.call(message, "codecPayloadType"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.codecPayloadType);
                if (message.rtx != null && $Object.hasOwnProperty.call(message, "rtx"))
                    $root.skylark.v1.RtxParameters.encode(message.rtx, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.dtx != null && $Object.hasOwnProperty.call(message, "dtx"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.dtx);
                if (message.scalabilityMode != null && $Object.hasOwnProperty.call(message, "scalabilityMode"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.scalabilityMode);
                if (message.scaleResolutionDownBy != null && $Object.hasOwnProperty.call(message, "scaleResolutionDownBy"))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.scaleResolutionDownBy);
                if (message.maxBitrate != null && $Object.hasOwnProperty.call(message, "maxBitrate"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxBitrate);
                if (message.maxFramerate != null && $Object.hasOwnProperty.call(message, "maxFramerate"))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.maxFramerate);
                if (message.active != null && $Object.hasOwnProperty.call(message, "active"))
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.active);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtpEncodingParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtpEncodingParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtpEncodingParameters & skylark.v1.RtpEncodingParameters.$Shape} RtpEncodingParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtpEncodingParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtpEncodingParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.ssrc = reader.uint32();
                            message._ssrc = "ssrc";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.rid = reader.stringVerify();
                            message._rid = "rid";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.codecPayloadType = reader.uint32();
                            message._codecPayloadType = "codecPayloadType";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.rtx = $root.skylark.v1.RtxParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.rtx);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.dtx = reader.bool();
                            message._dtx = "dtx";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.scalabilityMode = reader.stringVerify();
                            message._scalabilityMode = "scalabilityMode";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            message.scaleResolutionDownBy = reader.double();
                            message._scaleResolutionDownBy = "scaleResolutionDownBy";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.maxBitrate = reader.uint32();
                            message._maxBitrate = "maxBitrate";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            message.maxFramerate = reader.double();
                            message._maxFramerate = "maxFramerate";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.active = reader.bool();
                            message._active = "active";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtpEncodingParameters;
        })();

        v1.RtcpParameters = (function() {

            /**
             * Properties of a RtcpParameters.
             * @typedef {Object} skylark.v1.RtcpParameters.$Properties
             * @property {string|null} [cname] RtcpParameters cname
             * @property {boolean|null} [reducedSize] RtcpParameters reducedSize
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtcpParameters.
             * @memberof skylark.v1
             * @interface IRtcpParameters
             * @augments skylark.v1.RtcpParameters.$Properties
             * @deprecated Use skylark.v1.RtcpParameters.$Properties instead.
             */

            /**
             * Shape of a RtcpParameters.
             * @typedef {skylark.v1.RtcpParameters.$Properties} skylark.v1.RtcpParameters.$Shape
             */

            /**
             * Constructs a new RtcpParameters.
             * @memberof skylark.v1
             * @classdesc Represents a RtcpParameters.
             * @constructor
             * @param {skylark.v1.RtcpParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtcpParameters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtcpParameters cname.
             * @member {string|null|undefined} cname
             * @memberof skylark.v1.RtcpParameters
             * @instance
             */
            RtcpParameters.prototype.cname = null;

            /**
             * RtcpParameters reducedSize.
             * @member {boolean|null|undefined} reducedSize
             * @memberof skylark.v1.RtcpParameters
             * @instance
             */
            RtcpParameters.prototype.reducedSize = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtcpParameters.prototype, "_cname", {
                get: $util.oneOfGetter($oneOfFields = ["cname"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtcpParameters.prototype, "_reducedSize", {
                get: $util.oneOfGetter($oneOfFields = ["reducedSize"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RtcpParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtcpParameters
             * @static
             * @param {skylark.v1.RtcpParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtcpParameters} RtcpParameters instance
             * @type {{
             *   (properties: skylark.v1.RtcpParameters.$Shape): skylark.v1.RtcpParameters & skylark.v1.RtcpParameters.$Shape;
             *   (properties?: skylark.v1.RtcpParameters.$Properties): skylark.v1.RtcpParameters;
             * }}
             */
            RtcpParameters.create = function(properties) {
                return new RtcpParameters(properties);
            };

            /**
             * Encodes the specified RtcpParameters message. Does not implicitly {@link skylark.v1.RtcpParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtcpParameters
             * @static
             * @param {skylark.v1.RtcpParameters.$Properties} message RtcpParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtcpParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cname != null && $Object.hasOwnProperty.call(message, "cname"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cname);
                if (message.reducedSize != null && $Object.hasOwnProperty.call(message, "reducedSize"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.reducedSize);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtcpParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtcpParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtcpParameters & skylark.v1.RtcpParameters.$Shape} RtcpParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtcpParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtcpParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.cname = reader.stringVerify();
                            message._cname = "cname";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.reducedSize = reader.bool();
                            message._reducedSize = "reducedSize";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtcpParameters;
        })();

        v1.RtpParameters = (function() {

            /**
             * Properties of a RtpParameters.
             * @typedef {Object} skylark.v1.RtpParameters.$Properties
             * @property {string|null} [mid] RtpParameters mid
             * @property {Array.<skylark.v1.RtpCodecParameters.$Properties>|null} [codecs] RtpParameters codecs
             * @property {Array.<skylark.v1.RtpHeaderExtensionParameters.$Properties>|null} [headerExtensions] RtpParameters headerExtensions
             * @property {Array.<skylark.v1.RtpEncodingParameters.$Properties>|null} [encodings] RtpParameters encodings
             * @property {skylark.v1.RtcpParameters.$Properties|null} [rtcp] RtpParameters rtcp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RtpParameters.
             * @memberof skylark.v1
             * @interface IRtpParameters
             * @augments skylark.v1.RtpParameters.$Properties
             * @deprecated Use skylark.v1.RtpParameters.$Properties instead.
             */

            /**
             * Shape of a RtpParameters.
             * @typedef {{
             *   mid?: string|null;
             *   codecs?: Array.<skylark.v1.RtpCodecParameters.$Shape>|null;
             *   headerExtensions?: Array.<skylark.v1.RtpHeaderExtensionParameters.$Shape>|null;
             *   encodings?: Array.<skylark.v1.RtpEncodingParameters.$Shape>|null;
             *   rtcp?: skylark.v1.RtcpParameters.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.RtpParameters.$Shape
             */

            /**
             * Constructs a new RtpParameters.
             * @memberof skylark.v1
             * @classdesc Represents a RtpParameters.
             * @constructor
             * @param {skylark.v1.RtpParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RtpParameters = function (properties) {
                this.codecs = [];
                this.headerExtensions = [];
                this.encodings = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RtpParameters mid.
             * @member {string|null|undefined} mid
             * @memberof skylark.v1.RtpParameters
             * @instance
             */
            RtpParameters.prototype.mid = null;

            /**
             * RtpParameters codecs.
             * @member {Array.<skylark.v1.RtpCodecParameters.$Properties>} codecs
             * @memberof skylark.v1.RtpParameters
             * @instance
             */
            RtpParameters.prototype.codecs = $util.emptyArray;

            /**
             * RtpParameters headerExtensions.
             * @member {Array.<skylark.v1.RtpHeaderExtensionParameters.$Properties>} headerExtensions
             * @memberof skylark.v1.RtpParameters
             * @instance
             */
            RtpParameters.prototype.headerExtensions = $util.emptyArray;

            /**
             * RtpParameters encodings.
             * @member {Array.<skylark.v1.RtpEncodingParameters.$Properties>} encodings
             * @memberof skylark.v1.RtpParameters
             * @instance
             */
            RtpParameters.prototype.encodings = $util.emptyArray;

            /**
             * RtpParameters rtcp.
             * @member {skylark.v1.RtcpParameters.$Properties|null|undefined} rtcp
             * @memberof skylark.v1.RtpParameters
             * @instance
             */
            RtpParameters.prototype.rtcp = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RtpParameters.prototype, "_mid", {
                get: $util.oneOfGetter($oneOfFields = ["mid"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RtpParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RtpParameters
             * @static
             * @param {skylark.v1.RtpParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RtpParameters} RtpParameters instance
             * @type {{
             *   (properties: skylark.v1.RtpParameters.$Shape): skylark.v1.RtpParameters & skylark.v1.RtpParameters.$Shape;
             *   (properties?: skylark.v1.RtpParameters.$Properties): skylark.v1.RtpParameters;
             * }}
             */
            RtpParameters.create = function(properties) {
                return new RtpParameters(properties);
            };

            /**
             * Encodes the specified RtpParameters message. Does not implicitly {@link skylark.v1.RtpParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RtpParameters
             * @static
             * @param {skylark.v1.RtpParameters.$Properties} message RtpParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RtpParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mid != null && $Object.hasOwnProperty.call(message, "mid"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.mid);
                if (message.codecs != null && message.codecs.length)
                    for (let i = 0; i < message.codecs.length; ++i)
                        $root.skylark.v1.RtpCodecParameters.encode(message.codecs[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.headerExtensions != null && message.headerExtensions.length)
                    for (let i = 0; i < message.headerExtensions.length; ++i)
                        $root.skylark.v1.RtpHeaderExtensionParameters.encode(message.headerExtensions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.encodings != null && message.encodings.length)
                    for (let i = 0; i < message.encodings.length; ++i)
                        $root.skylark.v1.RtpEncodingParameters.encode(message.encodings[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.rtcp != null && $Object.hasOwnProperty.call(message, "rtcp"))
                    $root.skylark.v1.RtcpParameters.encode(message.rtcp, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RtpParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RtpParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RtpParameters & skylark.v1.RtpParameters.$Shape} RtpParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RtpParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RtpParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.mid = reader.stringVerify();
                            message._mid = "mid";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.codecs && message.codecs.length))
                                message.codecs = [];
                            message.codecs.push($root.skylark.v1.RtpCodecParameters.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.headerExtensions && message.headerExtensions.length))
                                message.headerExtensions = [];
                            message.headerExtensions.push($root.skylark.v1.RtpHeaderExtensionParameters.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.encodings && message.encodings.length))
                                message.encodings = [];
                            message.encodings.push($root.skylark.v1.RtpEncodingParameters.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rtcp = $root.skylark.v1.RtcpParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.rtcp);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RtpParameters;
        })();

        v1.IceParameters = (function() {

            /**
             * Properties of an IceParameters.
             * @typedef {Object} skylark.v1.IceParameters.$Properties
             * @property {string|null} [usernameFragment] IceParameters usernameFragment
             * @property {string|null} [password] IceParameters password
             * @property {boolean|null} [iceLite] IceParameters iceLite
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IceParameters.
             * @memberof skylark.v1
             * @interface IIceParameters
             * @augments skylark.v1.IceParameters.$Properties
             * @deprecated Use skylark.v1.IceParameters.$Properties instead.
             */

            /**
             * Shape of an IceParameters.
             * @typedef {skylark.v1.IceParameters.$Properties} skylark.v1.IceParameters.$Shape
             */

            /**
             * Constructs a new IceParameters.
             * @memberof skylark.v1
             * @classdesc Represents an IceParameters.
             * @constructor
             * @param {skylark.v1.IceParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IceParameters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IceParameters usernameFragment.
             * @member {string} usernameFragment
             * @memberof skylark.v1.IceParameters
             * @instance
             */
            IceParameters.prototype.usernameFragment = "";

            /**
             * IceParameters password.
             * @member {string} password
             * @memberof skylark.v1.IceParameters
             * @instance
             */
            IceParameters.prototype.password = "";

            /**
             * IceParameters iceLite.
             * @member {boolean|null|undefined} iceLite
             * @memberof skylark.v1.IceParameters
             * @instance
             */
            IceParameters.prototype.iceLite = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IceParameters.prototype, "_iceLite", {
                get: $util.oneOfGetter($oneOfFields = ["iceLite"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IceParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.IceParameters
             * @static
             * @param {skylark.v1.IceParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.IceParameters} IceParameters instance
             * @type {{
             *   (properties: skylark.v1.IceParameters.$Shape): skylark.v1.IceParameters & skylark.v1.IceParameters.$Shape;
             *   (properties?: skylark.v1.IceParameters.$Properties): skylark.v1.IceParameters;
             * }}
             */
            IceParameters.create = function(properties) {
                return new IceParameters(properties);
            };

            /**
             * Encodes the specified IceParameters message. Does not implicitly {@link skylark.v1.IceParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.IceParameters
             * @static
             * @param {skylark.v1.IceParameters.$Properties} message IceParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IceParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.usernameFragment != null && $Object.hasOwnProperty.call(message, "usernameFragment") && message.usernameFragment !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.usernameFragment);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                if (message.iceLite != null && $Object.hasOwnProperty.call(message, "iceLite"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.iceLite);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IceParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.IceParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.IceParameters & skylark.v1.IceParameters.$Shape} IceParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IceParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.IceParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.usernameFragment = value;
                            else
                                delete message.usernameFragment;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.iceLite = reader.bool();
                            message._iceLite = "iceLite";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return IceParameters;
        })();

        v1.IceCandidate = (function() {

            /**
             * Properties of an IceCandidate.
             * @typedef {Object} skylark.v1.IceCandidate.$Properties
             * @property {string|null} [foundation] IceCandidate foundation
             * @property {number|null} [priority] IceCandidate priority
             * @property {string|null} [address] IceCandidate address
             * @property {string|null} [protocol] IceCandidate protocol
             * @property {number|null} [port] IceCandidate port
             * @property {string|null} [type] IceCandidate type
             * @property {string|null} [tcpType] IceCandidate tcpType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IceCandidate.
             * @memberof skylark.v1
             * @interface IIceCandidate
             * @augments skylark.v1.IceCandidate.$Properties
             * @deprecated Use skylark.v1.IceCandidate.$Properties instead.
             */

            /**
             * Shape of an IceCandidate.
             * @typedef {skylark.v1.IceCandidate.$Properties} skylark.v1.IceCandidate.$Shape
             */

            /**
             * Constructs a new IceCandidate.
             * @memberof skylark.v1
             * @classdesc Represents an IceCandidate.
             * @constructor
             * @param {skylark.v1.IceCandidate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IceCandidate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IceCandidate foundation.
             * @member {string} foundation
             * @memberof skylark.v1.IceCandidate
             * @instance
             */
            IceCandidate.prototype.foundation = "";

            /**
             * IceCandidate priority.
             * @member {number} priority
             * @memberof skylark.v1.IceCandidate
             * @instance
             */
            IceCandidate.prototype.priority = 0;

            /**
             * IceCandidate address.
             * @member {string} address
             * @memberof skylark.v1.IceCandidate
             * @instance
             */
            IceCandidate.prototype.address = "";

            /**
             * IceCandidate protocol.
             * @member {string} protocol
             * @memberof skylark.v1.IceCandidate
             * @instance
             */
            IceCandidate.prototype.protocol = "";

            /**
             * IceCandidate port.
             * @member {number} port
             * @memberof skylark.v1.IceCandidate
             * @instance
             */
            IceCandidate.prototype.port = 0;

            /**
             * IceCandidate type.
             * @member {string} type
             * @memberof skylark.v1.IceCandidate
             * @instance
             */
            IceCandidate.prototype.type = "";

            /**
             * IceCandidate tcpType.
             * @member {string|null|undefined} tcpType
             * @memberof skylark.v1.IceCandidate
             * @instance
             */
            IceCandidate.prototype.tcpType = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IceCandidate.prototype, "_tcpType", {
                get: $util.oneOfGetter($oneOfFields = ["tcpType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IceCandidate instance using the specified properties.
             * @function create
             * @memberof skylark.v1.IceCandidate
             * @static
             * @param {skylark.v1.IceCandidate.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.IceCandidate} IceCandidate instance
             * @type {{
             *   (properties: skylark.v1.IceCandidate.$Shape): skylark.v1.IceCandidate & skylark.v1.IceCandidate.$Shape;
             *   (properties?: skylark.v1.IceCandidate.$Properties): skylark.v1.IceCandidate;
             * }}
             */
            IceCandidate.create = function(properties) {
                return new IceCandidate(properties);
            };

            /**
             * Encodes the specified IceCandidate message. Does not implicitly {@link skylark.v1.IceCandidate.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.IceCandidate
             * @static
             * @param {skylark.v1.IceCandidate.$Properties} message IceCandidate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IceCandidate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.foundation != null && $Object.hasOwnProperty.call(message, "foundation") && message.foundation !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.foundation);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.priority);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.address);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.protocol);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.port);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.type);
                if (message.tcpType != null && $Object.hasOwnProperty.call(message, "tcpType"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.tcpType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IceCandidate message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.IceCandidate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.IceCandidate & skylark.v1.IceCandidate.$Shape} IceCandidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IceCandidate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.IceCandidate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.foundation = value;
                            else
                                delete message.foundation;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.tcpType = reader.stringVerify();
                            message._tcpType = "tcpType";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return IceCandidate;
        })();

        v1.DtlsFingerprint = (function() {

            /**
             * Properties of a DtlsFingerprint.
             * @typedef {Object} skylark.v1.DtlsFingerprint.$Properties
             * @property {string|null} [algorithm] DtlsFingerprint algorithm
             * @property {string|null} [value] DtlsFingerprint value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DtlsFingerprint.
             * @memberof skylark.v1
             * @interface IDtlsFingerprint
             * @augments skylark.v1.DtlsFingerprint.$Properties
             * @deprecated Use skylark.v1.DtlsFingerprint.$Properties instead.
             */

            /**
             * Shape of a DtlsFingerprint.
             * @typedef {skylark.v1.DtlsFingerprint.$Properties} skylark.v1.DtlsFingerprint.$Shape
             */

            /**
             * Constructs a new DtlsFingerprint.
             * @memberof skylark.v1
             * @classdesc Represents a DtlsFingerprint.
             * @constructor
             * @param {skylark.v1.DtlsFingerprint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DtlsFingerprint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DtlsFingerprint algorithm.
             * @member {string} algorithm
             * @memberof skylark.v1.DtlsFingerprint
             * @instance
             */
            DtlsFingerprint.prototype.algorithm = "";

            /**
             * DtlsFingerprint value.
             * @member {string} value
             * @memberof skylark.v1.DtlsFingerprint
             * @instance
             */
            DtlsFingerprint.prototype.value = "";

            /**
             * Creates a new DtlsFingerprint instance using the specified properties.
             * @function create
             * @memberof skylark.v1.DtlsFingerprint
             * @static
             * @param {skylark.v1.DtlsFingerprint.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.DtlsFingerprint} DtlsFingerprint instance
             * @type {{
             *   (properties: skylark.v1.DtlsFingerprint.$Shape): skylark.v1.DtlsFingerprint & skylark.v1.DtlsFingerprint.$Shape;
             *   (properties?: skylark.v1.DtlsFingerprint.$Properties): skylark.v1.DtlsFingerprint;
             * }}
             */
            DtlsFingerprint.create = function(properties) {
                return new DtlsFingerprint(properties);
            };

            /**
             * Encodes the specified DtlsFingerprint message. Does not implicitly {@link skylark.v1.DtlsFingerprint.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.DtlsFingerprint
             * @static
             * @param {skylark.v1.DtlsFingerprint.$Properties} message DtlsFingerprint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DtlsFingerprint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.algorithm);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DtlsFingerprint message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.DtlsFingerprint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.DtlsFingerprint & skylark.v1.DtlsFingerprint.$Shape} DtlsFingerprint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DtlsFingerprint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.DtlsFingerprint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.algorithm = value;
                            else
                                delete message.algorithm;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DtlsFingerprint;
        })();

        v1.DtlsParameters = (function() {

            /**
             * Properties of a DtlsParameters.
             * @typedef {Object} skylark.v1.DtlsParameters.$Properties
             * @property {string|null} [role] DtlsParameters role
             * @property {Array.<skylark.v1.DtlsFingerprint.$Properties>|null} [fingerprints] DtlsParameters fingerprints
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DtlsParameters.
             * @memberof skylark.v1
             * @interface IDtlsParameters
             * @augments skylark.v1.DtlsParameters.$Properties
             * @deprecated Use skylark.v1.DtlsParameters.$Properties instead.
             */

            /**
             * Shape of a DtlsParameters.
             * @typedef {skylark.v1.DtlsParameters.$Properties} skylark.v1.DtlsParameters.$Shape
             */

            /**
             * Constructs a new DtlsParameters.
             * @memberof skylark.v1
             * @classdesc Represents a DtlsParameters.
             * @constructor
             * @param {skylark.v1.DtlsParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DtlsParameters = function (properties) {
                this.fingerprints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DtlsParameters role.
             * @member {string|null|undefined} role
             * @memberof skylark.v1.DtlsParameters
             * @instance
             */
            DtlsParameters.prototype.role = null;

            /**
             * DtlsParameters fingerprints.
             * @member {Array.<skylark.v1.DtlsFingerprint.$Properties>} fingerprints
             * @memberof skylark.v1.DtlsParameters
             * @instance
             */
            DtlsParameters.prototype.fingerprints = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DtlsParameters.prototype, "_role", {
                get: $util.oneOfGetter($oneOfFields = ["role"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new DtlsParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.DtlsParameters
             * @static
             * @param {skylark.v1.DtlsParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.DtlsParameters} DtlsParameters instance
             * @type {{
             *   (properties: skylark.v1.DtlsParameters.$Shape): skylark.v1.DtlsParameters & skylark.v1.DtlsParameters.$Shape;
             *   (properties?: skylark.v1.DtlsParameters.$Properties): skylark.v1.DtlsParameters;
             * }}
             */
            DtlsParameters.create = function(properties) {
                return new DtlsParameters(properties);
            };

            /**
             * Encodes the specified DtlsParameters message. Does not implicitly {@link skylark.v1.DtlsParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.DtlsParameters
             * @static
             * @param {skylark.v1.DtlsParameters.$Properties} message DtlsParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DtlsParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
                if (message.fingerprints != null && message.fingerprints.length)
                    for (let i = 0; i < message.fingerprints.length; ++i)
                        $root.skylark.v1.DtlsFingerprint.encode(message.fingerprints[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DtlsParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.DtlsParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.DtlsParameters & skylark.v1.DtlsParameters.$Shape} DtlsParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DtlsParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.DtlsParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.role = reader.stringVerify();
                            message._role = "role";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingerprints && message.fingerprints.length))
                                message.fingerprints = [];
                            message.fingerprints.push($root.skylark.v1.DtlsFingerprint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DtlsParameters;
        })();

        v1.NumSctpStreams = (function() {

            /**
             * Properties of a NumSctpStreams.
             * @typedef {Object} skylark.v1.NumSctpStreams.$Properties
             * @property {number|null} [OS] NumSctpStreams OS
             * @property {number|null} [MIS] NumSctpStreams MIS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NumSctpStreams.
             * @memberof skylark.v1
             * @interface INumSctpStreams
             * @augments skylark.v1.NumSctpStreams.$Properties
             * @deprecated Use skylark.v1.NumSctpStreams.$Properties instead.
             */

            /**
             * Shape of a NumSctpStreams.
             * @typedef {skylark.v1.NumSctpStreams.$Properties} skylark.v1.NumSctpStreams.$Shape
             */

            /**
             * Constructs a new NumSctpStreams.
             * @memberof skylark.v1
             * @classdesc Represents a NumSctpStreams.
             * @constructor
             * @param {skylark.v1.NumSctpStreams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NumSctpStreams = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NumSctpStreams OS.
             * @member {number} OS
             * @memberof skylark.v1.NumSctpStreams
             * @instance
             */
            NumSctpStreams.prototype.OS = 0;

            /**
             * NumSctpStreams MIS.
             * @member {number} MIS
             * @memberof skylark.v1.NumSctpStreams
             * @instance
             */
            NumSctpStreams.prototype.MIS = 0;

            /**
             * Creates a new NumSctpStreams instance using the specified properties.
             * @function create
             * @memberof skylark.v1.NumSctpStreams
             * @static
             * @param {skylark.v1.NumSctpStreams.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.NumSctpStreams} NumSctpStreams instance
             * @type {{
             *   (properties: skylark.v1.NumSctpStreams.$Shape): skylark.v1.NumSctpStreams & skylark.v1.NumSctpStreams.$Shape;
             *   (properties?: skylark.v1.NumSctpStreams.$Properties): skylark.v1.NumSctpStreams;
             * }}
             */
            NumSctpStreams.create = function(properties) {
                return new NumSctpStreams(properties);
            };

            /**
             * Encodes the specified NumSctpStreams message. Does not implicitly {@link skylark.v1.NumSctpStreams.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.NumSctpStreams
             * @static
             * @param {skylark.v1.NumSctpStreams.$Properties} message NumSctpStreams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NumSctpStreams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.OS != null && $Object.hasOwnProperty.call(message, "OS") && message.OS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.OS);
                if (message.MIS != null && $Object.hasOwnProperty.call(message, "MIS") && message.MIS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.MIS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NumSctpStreams message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.NumSctpStreams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.NumSctpStreams & skylark.v1.NumSctpStreams.$Shape} NumSctpStreams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NumSctpStreams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.NumSctpStreams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.OS = value;
                            else
                                delete message.OS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.MIS = value;
                            else
                                delete message.MIS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NumSctpStreams;
        })();

        v1.SctpCapabilities = (function() {

            /**
             * Properties of a SctpCapabilities.
             * @typedef {Object} skylark.v1.SctpCapabilities.$Properties
             * @property {skylark.v1.NumSctpStreams.$Properties|null} [numStreams] SctpCapabilities numStreams
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SctpCapabilities.
             * @memberof skylark.v1
             * @interface ISctpCapabilities
             * @augments skylark.v1.SctpCapabilities.$Properties
             * @deprecated Use skylark.v1.SctpCapabilities.$Properties instead.
             */

            /**
             * Shape of a SctpCapabilities.
             * @typedef {skylark.v1.SctpCapabilities.$Properties} skylark.v1.SctpCapabilities.$Shape
             */

            /**
             * Constructs a new SctpCapabilities.
             * @memberof skylark.v1
             * @classdesc Represents a SctpCapabilities.
             * @constructor
             * @param {skylark.v1.SctpCapabilities.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SctpCapabilities = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SctpCapabilities numStreams.
             * @member {skylark.v1.NumSctpStreams.$Properties|null|undefined} numStreams
             * @memberof skylark.v1.SctpCapabilities
             * @instance
             */
            SctpCapabilities.prototype.numStreams = null;

            /**
             * Creates a new SctpCapabilities instance using the specified properties.
             * @function create
             * @memberof skylark.v1.SctpCapabilities
             * @static
             * @param {skylark.v1.SctpCapabilities.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.SctpCapabilities} SctpCapabilities instance
             * @type {{
             *   (properties: skylark.v1.SctpCapabilities.$Shape): skylark.v1.SctpCapabilities & skylark.v1.SctpCapabilities.$Shape;
             *   (properties?: skylark.v1.SctpCapabilities.$Properties): skylark.v1.SctpCapabilities;
             * }}
             */
            SctpCapabilities.create = function(properties) {
                return new SctpCapabilities(properties);
            };

            /**
             * Encodes the specified SctpCapabilities message. Does not implicitly {@link skylark.v1.SctpCapabilities.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.SctpCapabilities
             * @static
             * @param {skylark.v1.SctpCapabilities.$Properties} message SctpCapabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SctpCapabilities.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.numStreams != null && $Object.hasOwnProperty.call(message, "numStreams"))
                    $root.skylark.v1.NumSctpStreams.encode(message.numStreams, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SctpCapabilities message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.SctpCapabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.SctpCapabilities & skylark.v1.SctpCapabilities.$Shape} SctpCapabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SctpCapabilities.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.SctpCapabilities();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.numStreams = $root.skylark.v1.NumSctpStreams.decode(reader, reader.size(), $undefined, _depth + 1, message.numStreams);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SctpCapabilities;
        })();

        v1.SctpParameters = (function() {

            /**
             * Properties of a SctpParameters.
             * @typedef {Object} skylark.v1.SctpParameters.$Properties
             * @property {number|null} [port] SctpParameters port
             * @property {number|null} [OS] SctpParameters OS
             * @property {number|null} [MIS] SctpParameters MIS
             * @property {number|null} [maxMessageSize] SctpParameters maxMessageSize
             * @property {number|null} [maxSendMessageSize] SctpParameters maxSendMessageSize
             * @property {number|null} [maxReceiveMessageSize] SctpParameters maxReceiveMessageSize
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SctpParameters.
             * @memberof skylark.v1
             * @interface ISctpParameters
             * @augments skylark.v1.SctpParameters.$Properties
             * @deprecated Use skylark.v1.SctpParameters.$Properties instead.
             */

            /**
             * Shape of a SctpParameters.
             * @typedef {skylark.v1.SctpParameters.$Properties} skylark.v1.SctpParameters.$Shape
             */

            /**
             * Constructs a new SctpParameters.
             * @memberof skylark.v1
             * @classdesc Represents a SctpParameters.
             * @constructor
             * @param {skylark.v1.SctpParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SctpParameters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SctpParameters port.
             * @member {number} port
             * @memberof skylark.v1.SctpParameters
             * @instance
             */
            SctpParameters.prototype.port = 0;

            /**
             * SctpParameters OS.
             * @member {number} OS
             * @memberof skylark.v1.SctpParameters
             * @instance
             */
            SctpParameters.prototype.OS = 0;

            /**
             * SctpParameters MIS.
             * @member {number} MIS
             * @memberof skylark.v1.SctpParameters
             * @instance
             */
            SctpParameters.prototype.MIS = 0;

            /**
             * SctpParameters maxMessageSize.
             * @member {number} maxMessageSize
             * @memberof skylark.v1.SctpParameters
             * @instance
             */
            SctpParameters.prototype.maxMessageSize = 0;

            /**
             * SctpParameters maxSendMessageSize.
             * @member {number} maxSendMessageSize
             * @memberof skylark.v1.SctpParameters
             * @instance
             */
            SctpParameters.prototype.maxSendMessageSize = 0;

            /**
             * SctpParameters maxReceiveMessageSize.
             * @member {number} maxReceiveMessageSize
             * @memberof skylark.v1.SctpParameters
             * @instance
             */
            SctpParameters.prototype.maxReceiveMessageSize = 0;

            /**
             * Creates a new SctpParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.SctpParameters
             * @static
             * @param {skylark.v1.SctpParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.SctpParameters} SctpParameters instance
             * @type {{
             *   (properties: skylark.v1.SctpParameters.$Shape): skylark.v1.SctpParameters & skylark.v1.SctpParameters.$Shape;
             *   (properties?: skylark.v1.SctpParameters.$Properties): skylark.v1.SctpParameters;
             * }}
             */
            SctpParameters.create = function(properties) {
                return new SctpParameters(properties);
            };

            /**
             * Encodes the specified SctpParameters message. Does not implicitly {@link skylark.v1.SctpParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.SctpParameters
             * @static
             * @param {skylark.v1.SctpParameters.$Properties} message SctpParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SctpParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.port);
                if (message.OS != null && $Object.hasOwnProperty.call(message, "OS") && message.OS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.OS);
                if (message.MIS != null && $Object.hasOwnProperty.call(message, "MIS") && message.MIS !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.MIS);
                if (message.maxMessageSize != null && $Object.hasOwnProperty.call(message, "maxMessageSize") && message.maxMessageSize !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxMessageSize);
                if (message.maxSendMessageSize != null && $Object.hasOwnProperty.call(message, "maxSendMessageSize") && message.maxSendMessageSize !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxSendMessageSize);
                if (message.maxReceiveMessageSize != null && $Object.hasOwnProperty.call(message, "maxReceiveMessageSize") && message.maxReceiveMessageSize !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxReceiveMessageSize);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SctpParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.SctpParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.SctpParameters & skylark.v1.SctpParameters.$Shape} SctpParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SctpParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.SctpParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.OS = value;
                            else
                                delete message.OS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.MIS = value;
                            else
                                delete message.MIS;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxMessageSize = value;
                            else
                                delete message.maxMessageSize;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxSendMessageSize = value;
                            else
                                delete message.maxSendMessageSize;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxReceiveMessageSize = value;
                            else
                                delete message.maxReceiveMessageSize;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SctpParameters;
        })();

        v1.SctpStreamParameters = (function() {

            /**
             * Properties of a SctpStreamParameters.
             * @typedef {Object} skylark.v1.SctpStreamParameters.$Properties
             * @property {number|null} [streamId] SctpStreamParameters streamId
             * @property {boolean|null} [ordered] SctpStreamParameters ordered
             * @property {number|null} [maxPacketLifeTime] SctpStreamParameters maxPacketLifeTime
             * @property {number|null} [maxRetransmits] SctpStreamParameters maxRetransmits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SctpStreamParameters.
             * @memberof skylark.v1
             * @interface ISctpStreamParameters
             * @augments skylark.v1.SctpStreamParameters.$Properties
             * @deprecated Use skylark.v1.SctpStreamParameters.$Properties instead.
             */

            /**
             * Shape of a SctpStreamParameters.
             * @typedef {skylark.v1.SctpStreamParameters.$Properties} skylark.v1.SctpStreamParameters.$Shape
             */

            /**
             * Constructs a new SctpStreamParameters.
             * @memberof skylark.v1
             * @classdesc Represents a SctpStreamParameters.
             * @constructor
             * @param {skylark.v1.SctpStreamParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SctpStreamParameters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SctpStreamParameters streamId.
             * @member {number|null|undefined} streamId
             * @memberof skylark.v1.SctpStreamParameters
             * @instance
             */
            SctpStreamParameters.prototype.streamId = null;

            /**
             * SctpStreamParameters ordered.
             * @member {boolean|null|undefined} ordered
             * @memberof skylark.v1.SctpStreamParameters
             * @instance
             */
            SctpStreamParameters.prototype.ordered = null;

            /**
             * SctpStreamParameters maxPacketLifeTime.
             * @member {number|null|undefined} maxPacketLifeTime
             * @memberof skylark.v1.SctpStreamParameters
             * @instance
             */
            SctpStreamParameters.prototype.maxPacketLifeTime = null;

            /**
             * SctpStreamParameters maxRetransmits.
             * @member {number|null|undefined} maxRetransmits
             * @memberof skylark.v1.SctpStreamParameters
             * @instance
             */
            SctpStreamParameters.prototype.maxRetransmits = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SctpStreamParameters.prototype, "_streamId", {
                get: $util.oneOfGetter($oneOfFields = ["streamId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SctpStreamParameters.prototype, "_ordered", {
                get: $util.oneOfGetter($oneOfFields = ["ordered"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SctpStreamParameters.prototype, "_maxPacketLifeTime", {
                get: $util.oneOfGetter($oneOfFields = ["maxPacketLifeTime"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SctpStreamParameters.prototype, "_maxRetransmits", {
                get: $util.oneOfGetter($oneOfFields = ["maxRetransmits"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SctpStreamParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.SctpStreamParameters
             * @static
             * @param {skylark.v1.SctpStreamParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.SctpStreamParameters} SctpStreamParameters instance
             * @type {{
             *   (properties: skylark.v1.SctpStreamParameters.$Shape): skylark.v1.SctpStreamParameters & skylark.v1.SctpStreamParameters.$Shape;
             *   (properties?: skylark.v1.SctpStreamParameters.$Properties): skylark.v1.SctpStreamParameters;
             * }}
             */
            SctpStreamParameters.create = function(properties) {
                return new SctpStreamParameters(properties);
            };

            /**
             * Encodes the specified SctpStreamParameters message. Does not implicitly {@link skylark.v1.SctpStreamParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.SctpStreamParameters
             * @static
             * @param {skylark.v1.SctpStreamParameters.$Properties} message SctpStreamParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SctpStreamParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.streamId);
                if (message.ordered != null && $Object.hasOwnProperty.call(message, "ordered"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ordered);
                if (message.maxPacketLifeTime != null && $Object.hasOwnProperty.call(message, "maxPacketLifeTime"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxPacketLifeTime);
                if (message.maxRetransmits != null && $Object.hasOwnProperty.call(message, "maxRetransmits"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxRetransmits);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SctpStreamParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.SctpStreamParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.SctpStreamParameters & skylark.v1.SctpStreamParameters.$Shape} SctpStreamParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SctpStreamParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.SctpStreamParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.streamId = reader.uint32();
                            message._streamId = "streamId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.ordered = reader.bool();
                            message._ordered = "ordered";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.maxPacketLifeTime = reader.uint32();
                            message._maxPacketLifeTime = "maxPacketLifeTime";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.maxRetransmits = reader.uint32();
                            message._maxRetransmits = "maxRetransmits";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SctpStreamParameters;
        })();

        v1.IceServer = (function() {

            /**
             * Properties of an IceServer.
             * @typedef {Object} skylark.v1.IceServer.$Properties
             * @property {Array.<string>|null} [urls] IceServer urls
             * @property {string|null} [username] IceServer username
             * @property {string|null} [credential] IceServer credential
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IceServer.
             * @memberof skylark.v1
             * @interface IIceServer
             * @augments skylark.v1.IceServer.$Properties
             * @deprecated Use skylark.v1.IceServer.$Properties instead.
             */

            /**
             * Shape of an IceServer.
             * @typedef {skylark.v1.IceServer.$Properties} skylark.v1.IceServer.$Shape
             */

            /**
             * Constructs a new IceServer.
             * @memberof skylark.v1
             * @classdesc Represents an IceServer.
             * @constructor
             * @param {skylark.v1.IceServer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IceServer = function (properties) {
                this.urls = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IceServer urls.
             * @member {Array.<string>} urls
             * @memberof skylark.v1.IceServer
             * @instance
             */
            IceServer.prototype.urls = $util.emptyArray;

            /**
             * IceServer username.
             * @member {string|null|undefined} username
             * @memberof skylark.v1.IceServer
             * @instance
             */
            IceServer.prototype.username = null;

            /**
             * IceServer credential.
             * @member {string|null|undefined} credential
             * @memberof skylark.v1.IceServer
             * @instance
             */
            IceServer.prototype.credential = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IceServer.prototype, "_username", {
                get: $util.oneOfGetter($oneOfFields = ["username"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IceServer.prototype, "_credential", {
                get: $util.oneOfGetter($oneOfFields = ["credential"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IceServer instance using the specified properties.
             * @function create
             * @memberof skylark.v1.IceServer
             * @static
             * @param {skylark.v1.IceServer.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.IceServer} IceServer instance
             * @type {{
             *   (properties: skylark.v1.IceServer.$Shape): skylark.v1.IceServer & skylark.v1.IceServer.$Shape;
             *   (properties?: skylark.v1.IceServer.$Properties): skylark.v1.IceServer;
             * }}
             */
            IceServer.create = function(properties) {
                return new IceServer(properties);
            };

            /**
             * Encodes the specified IceServer message. Does not implicitly {@link skylark.v1.IceServer.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.IceServer
             * @static
             * @param {skylark.v1.IceServer.$Properties} message IceServer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IceServer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.urls != null && message.urls.length)
                    for (let i = 0; i < message.urls.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.urls[i]);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.username);
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.credential);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IceServer message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.IceServer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.IceServer & skylark.v1.IceServer.$Shape} IceServer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IceServer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.IceServer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.urls && message.urls.length))
                                message.urls = [];
                            message.urls.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.username = reader.stringVerify();
                            message._username = "username";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.credential = reader.stringVerify();
                            message._credential = "credential";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return IceServer;
        })();

        /**
         * ErrorCode enum.
         * @name skylark.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} BAD_REQUEST=1 BAD_REQUEST value
         * @property {number} UNKNOWN_METHOD=2 UNKNOWN_METHOD value
         * @property {number} INVALID_STATE=3 INVALID_STATE value
         * @property {number} NOT_FOUND=4 NOT_FOUND value
         * @property {number} INVALID_PARAMETERS=5 INVALID_PARAMETERS value
         * @property {number} UNSUPPORTED=6 UNSUPPORTED value
         * @property {number} FORBIDDEN=7 FORBIDDEN value
         * @property {number} UNAUTHENTICATED=8 UNAUTHENTICATED value
         * @property {number} RATE_LIMITED=9 RATE_LIMITED value
         * @property {number} LIMIT_EXCEEDED=10 LIMIT_EXCEEDED value
         * @property {number} FRAME_TOO_LARGE=11 FRAME_TOO_LARGE value
         * @property {number} UNAVAILABLE=12 UNAVAILABLE value
         * @property {number} INTERNAL=13 INTERNAL value
         * @property {number} TIMEOUT=14 TIMEOUT value
         * @property {number} ICE_FAILED=15 ICE_FAILED value
         * @property {number} TURN_AUTH_FAILED=16 TURN_AUTH_FAILED value
         * @property {number} RELAY_UNAVAILABLE=17 RELAY_UNAVAILABLE value
         * @property {number} TICKET_INVALID=18 TICKET_INVALID value
         * @property {number} PROTOCOL_MISMATCH=19 PROTOCOL_MISMATCH value
         * @property {number} E2EE_KEY_MISMATCH=20 E2EE_KEY_MISMATCH value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BAD_REQUEST"] = 1;
            values[valuesById[2] = "UNKNOWN_METHOD"] = 2;
            values[valuesById[3] = "INVALID_STATE"] = 3;
            values[valuesById[4] = "NOT_FOUND"] = 4;
            values[valuesById[5] = "INVALID_PARAMETERS"] = 5;
            values[valuesById[6] = "UNSUPPORTED"] = 6;
            values[valuesById[7] = "FORBIDDEN"] = 7;
            values[valuesById[8] = "UNAUTHENTICATED"] = 8;
            values[valuesById[9] = "RATE_LIMITED"] = 9;
            values[valuesById[10] = "LIMIT_EXCEEDED"] = 10;
            values[valuesById[11] = "FRAME_TOO_LARGE"] = 11;
            values[valuesById[12] = "UNAVAILABLE"] = 12;
            values[valuesById[13] = "INTERNAL"] = 13;
            values[valuesById[14] = "TIMEOUT"] = 14;
            values[valuesById[15] = "ICE_FAILED"] = 15;
            values[valuesById[16] = "TURN_AUTH_FAILED"] = 16;
            values[valuesById[17] = "RELAY_UNAVAILABLE"] = 17;
            values[valuesById[18] = "TICKET_INVALID"] = 18;
            values[valuesById[19] = "PROTOCOL_MISMATCH"] = 19;
            values[valuesById[20] = "E2EE_KEY_MISMATCH"] = 20;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} skylark.v1.Error.$Properties
             * @property {skylark.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof skylark.v1
             * @interface IError
             * @augments skylark.v1.Error.$Properties
             * @deprecated Use skylark.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {skylark.v1.Error.$Properties} skylark.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof skylark.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {skylark.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {skylark.v1.ErrorCode} code
             * @memberof skylark.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof skylark.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof skylark.v1.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof skylark.v1.Error
             * @static
             * @param {skylark.v1.Error.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.Error} Error instance
             * @type {{
             *   (properties: skylark.v1.Error.$Shape): skylark.v1.Error & skylark.v1.Error.$Shape;
             *   (properties?: skylark.v1.Error.$Properties): skylark.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link skylark.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.Error
             * @static
             * @param {skylark.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.Error & skylark.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Error;
        })();

        /**
         * Role enum.
         * @name skylark.v1.Role
         * @enum {number}
         * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
         * @property {number} PARTICIPANT=1 PARTICIPANT value
         * @property {number} PRESENTER=2 PRESENTER value
         * @property {number} VIEWER=3 VIEWER value
         */
        v1.Role = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PARTICIPANT"] = 1;
            values[valuesById[2] = "PRESENTER"] = 2;
            values[valuesById[3] = "VIEWER"] = 3;
            return values;
        })();

        /**
         * Direction enum.
         * @name skylark.v1.Direction
         * @enum {number}
         * @property {number} DIRECTION_UNSPECIFIED=0 DIRECTION_UNSPECIFIED value
         * @property {number} SEND=1 SEND value
         * @property {number} RECV=2 RECV value
         */
        v1.Direction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DIRECTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEND"] = 1;
            values[valuesById[2] = "RECV"] = 2;
            return values;
        })();

        v1.JoinRequest = (function() {

            /**
             * Properties of a JoinRequest.
             * @typedef {Object} skylark.v1.JoinRequest.$Properties
             * @property {string|null} [roomId] JoinRequest roomId
             * @property {string|null} [displayName] JoinRequest displayName
             * @property {skylark.v1.Role|null} [role] JoinRequest role
             * @property {string|null} [ticket] JoinRequest ticket
             * @property {skylark.v1.RtpCapabilities.$Properties|null} [rtpCapabilities] JoinRequest rtpCapabilities
             * @property {boolean|null} [dataChannels] JoinRequest dataChannels
             * @property {Array.<skylark.v1.Direction>|null} [transports] JoinRequest transports
             * @property {boolean|null} [subscribe] JoinRequest subscribe
             * @property {skylark.v1.DtlsParameters.$Properties|null} [dtlsParameters] JoinRequest dtlsParameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinRequest.
             * @memberof skylark.v1
             * @interface IJoinRequest
             * @augments skylark.v1.JoinRequest.$Properties
             * @deprecated Use skylark.v1.JoinRequest.$Properties instead.
             */

            /**
             * Shape of a JoinRequest.
             * @typedef {{
             *   roomId?: string|null;
             *   displayName?: string|null;
             *   role?: skylark.v1.Role|null;
             *   ticket?: string|null;
             *   rtpCapabilities?: skylark.v1.RtpCapabilities.$Shape|null;
             *   dataChannels?: boolean|null;
             *   transports?: Array.<skylark.v1.Direction>|null;
             *   subscribe?: boolean|null;
             *   dtlsParameters?: skylark.v1.DtlsParameters.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.JoinRequest.$Shape
             */

            /**
             * Constructs a new JoinRequest.
             * @memberof skylark.v1
             * @classdesc Represents a JoinRequest.
             * @constructor
             * @param {skylark.v1.JoinRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinRequest = function (properties) {
                this.transports = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinRequest roomId.
             * @member {string} roomId
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.roomId = "";

            /**
             * JoinRequest displayName.
             * @member {string} displayName
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.displayName = "";

            /**
             * JoinRequest role.
             * @member {skylark.v1.Role} role
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.role = 0;

            /**
             * JoinRequest ticket.
             * @member {string} ticket
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.ticket = "";

            /**
             * JoinRequest rtpCapabilities.
             * @member {skylark.v1.RtpCapabilities.$Properties|null|undefined} rtpCapabilities
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.rtpCapabilities = null;

            /**
             * JoinRequest dataChannels.
             * @member {boolean} dataChannels
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.dataChannels = false;

            /**
             * JoinRequest transports.
             * @member {Array.<skylark.v1.Direction>} transports
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.transports = $util.emptyArray;

            /**
             * JoinRequest subscribe.
             * @member {boolean} subscribe
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.subscribe = false;

            /**
             * JoinRequest dtlsParameters.
             * @member {skylark.v1.DtlsParameters.$Properties|null|undefined} dtlsParameters
             * @memberof skylark.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.dtlsParameters = null;

            /**
             * Creates a new JoinRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.JoinRequest
             * @static
             * @param {skylark.v1.JoinRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.JoinRequest} JoinRequest instance
             * @type {{
             *   (properties: skylark.v1.JoinRequest.$Shape): skylark.v1.JoinRequest & skylark.v1.JoinRequest.$Shape;
             *   (properties?: skylark.v1.JoinRequest.$Properties): skylark.v1.JoinRequest;
             * }}
             */
            JoinRequest.create = function(properties) {
                return new JoinRequest(properties);
            };

            /**
             * Encodes the specified JoinRequest message. Does not implicitly {@link skylark.v1.JoinRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.JoinRequest
             * @static
             * @param {skylark.v1.JoinRequest.$Properties} message JoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.roomId != null && $Object.hasOwnProperty.call(message, "roomId") && message.roomId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.roomId);
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.role);
                if (message.ticket != null && $Object.hasOwnProperty.call(message, "ticket") && message.ticket !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.ticket);
                if (message.rtpCapabilities != null && $Object.hasOwnProperty.call(message, "rtpCapabilities"))
                    $root.skylark.v1.RtpCapabilities.encode(message.rtpCapabilities, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.dataChannels != null && $Object.hasOwnProperty.call(message, "dataChannels") && message.dataChannels !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.dataChannels);
                if (message.transports != null && message.transports.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.transports);
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe") && message.subscribe !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.subscribe);
                if (message.dtlsParameters != null && $Object.hasOwnProperty.call(message, "dtlsParameters"))
                    $root.skylark.v1.DtlsParameters.encode(message.dtlsParameters, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.JoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.JoinRequest & skylark.v1.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.JoinRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.roomId = value;
                            else
                                delete message.roomId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.displayName = value;
                            else
                                delete message.displayName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ticket = value;
                            else
                                delete message.ticket;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rtpCapabilities = $root.skylark.v1.RtpCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.rtpCapabilities);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dataChannels = value;
                            else
                                delete message.dataChannels;
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.transports && message.transports.length))
                                    message.transports = [];
                                reader.int32s(message.transports);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.transports && message.transports.length))
                                message.transports = [];
                            message.transports.push(reader.int32());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.subscribe = value;
                            else
                                delete message.subscribe;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.dtlsParameters = $root.skylark.v1.DtlsParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.dtlsParameters);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JoinRequest;
        })();

        v1.SetCapabilitiesRequest = (function() {

            /**
             * Properties of a SetCapabilitiesRequest.
             * @typedef {Object} skylark.v1.SetCapabilitiesRequest.$Properties
             * @property {skylark.v1.RtpCapabilities.$Properties|null} [rtpCapabilities] SetCapabilitiesRequest rtpCapabilities
             * @property {skylark.v1.SctpCapabilities.$Properties|null} [sctpCapabilities] SetCapabilitiesRequest sctpCapabilities
             * @property {boolean|null} [dataChannels] SetCapabilitiesRequest dataChannels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetCapabilitiesRequest.
             * @memberof skylark.v1
             * @interface ISetCapabilitiesRequest
             * @augments skylark.v1.SetCapabilitiesRequest.$Properties
             * @deprecated Use skylark.v1.SetCapabilitiesRequest.$Properties instead.
             */

            /**
             * Shape of a SetCapabilitiesRequest.
             * @typedef {{
             *   rtpCapabilities?: skylark.v1.RtpCapabilities.$Shape|null;
             *   sctpCapabilities?: skylark.v1.SctpCapabilities.$Shape|null;
             *   dataChannels?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.SetCapabilitiesRequest.$Shape
             */

            /**
             * Constructs a new SetCapabilitiesRequest.
             * @memberof skylark.v1
             * @classdesc Represents a SetCapabilitiesRequest.
             * @constructor
             * @param {skylark.v1.SetCapabilitiesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetCapabilitiesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetCapabilitiesRequest rtpCapabilities.
             * @member {skylark.v1.RtpCapabilities.$Properties|null|undefined} rtpCapabilities
             * @memberof skylark.v1.SetCapabilitiesRequest
             * @instance
             */
            SetCapabilitiesRequest.prototype.rtpCapabilities = null;

            /**
             * SetCapabilitiesRequest sctpCapabilities.
             * @member {skylark.v1.SctpCapabilities.$Properties|null|undefined} sctpCapabilities
             * @memberof skylark.v1.SetCapabilitiesRequest
             * @instance
             */
            SetCapabilitiesRequest.prototype.sctpCapabilities = null;

            /**
             * SetCapabilitiesRequest dataChannels.
             * @member {boolean} dataChannels
             * @memberof skylark.v1.SetCapabilitiesRequest
             * @instance
             */
            SetCapabilitiesRequest.prototype.dataChannels = false;

            /**
             * Creates a new SetCapabilitiesRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.SetCapabilitiesRequest
             * @static
             * @param {skylark.v1.SetCapabilitiesRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.SetCapabilitiesRequest} SetCapabilitiesRequest instance
             * @type {{
             *   (properties: skylark.v1.SetCapabilitiesRequest.$Shape): skylark.v1.SetCapabilitiesRequest & skylark.v1.SetCapabilitiesRequest.$Shape;
             *   (properties?: skylark.v1.SetCapabilitiesRequest.$Properties): skylark.v1.SetCapabilitiesRequest;
             * }}
             */
            SetCapabilitiesRequest.create = function(properties) {
                return new SetCapabilitiesRequest(properties);
            };

            /**
             * Encodes the specified SetCapabilitiesRequest message. Does not implicitly {@link skylark.v1.SetCapabilitiesRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.SetCapabilitiesRequest
             * @static
             * @param {skylark.v1.SetCapabilitiesRequest.$Properties} message SetCapabilitiesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetCapabilitiesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rtpCapabilities != null && $Object.hasOwnProperty.call(message, "rtpCapabilities"))
                    $root.skylark.v1.RtpCapabilities.encode(message.rtpCapabilities, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sctpCapabilities != null && $Object.hasOwnProperty.call(message, "sctpCapabilities"))
                    $root.skylark.v1.SctpCapabilities.encode(message.sctpCapabilities, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.dataChannels != null && $Object.hasOwnProperty.call(message, "dataChannels") && message.dataChannels !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.dataChannels);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetCapabilitiesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.SetCapabilitiesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.SetCapabilitiesRequest & skylark.v1.SetCapabilitiesRequest.$Shape} SetCapabilitiesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetCapabilitiesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.SetCapabilitiesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.rtpCapabilities = $root.skylark.v1.RtpCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.rtpCapabilities);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sctpCapabilities = $root.skylark.v1.SctpCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.sctpCapabilities);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dataChannels = value;
                            else
                                delete message.dataChannels;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SetCapabilitiesRequest;
        })();

        v1.CreateTransportRequest = (function() {

            /**
             * Properties of a CreateTransportRequest.
             * @typedef {Object} skylark.v1.CreateTransportRequest.$Properties
             * @property {skylark.v1.Direction|null} [direction] CreateTransportRequest direction
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTransportRequest.
             * @memberof skylark.v1
             * @interface ICreateTransportRequest
             * @augments skylark.v1.CreateTransportRequest.$Properties
             * @deprecated Use skylark.v1.CreateTransportRequest.$Properties instead.
             */

            /**
             * Shape of a CreateTransportRequest.
             * @typedef {skylark.v1.CreateTransportRequest.$Properties} skylark.v1.CreateTransportRequest.$Shape
             */

            /**
             * Constructs a new CreateTransportRequest.
             * @memberof skylark.v1
             * @classdesc Represents a CreateTransportRequest.
             * @constructor
             * @param {skylark.v1.CreateTransportRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTransportRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateTransportRequest direction.
             * @member {skylark.v1.Direction} direction
             * @memberof skylark.v1.CreateTransportRequest
             * @instance
             */
            CreateTransportRequest.prototype.direction = 0;

            /**
             * Creates a new CreateTransportRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.CreateTransportRequest
             * @static
             * @param {skylark.v1.CreateTransportRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.CreateTransportRequest} CreateTransportRequest instance
             * @type {{
             *   (properties: skylark.v1.CreateTransportRequest.$Shape): skylark.v1.CreateTransportRequest & skylark.v1.CreateTransportRequest.$Shape;
             *   (properties?: skylark.v1.CreateTransportRequest.$Properties): skylark.v1.CreateTransportRequest;
             * }}
             */
            CreateTransportRequest.create = function(properties) {
                return new CreateTransportRequest(properties);
            };

            /**
             * Encodes the specified CreateTransportRequest message. Does not implicitly {@link skylark.v1.CreateTransportRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.CreateTransportRequest
             * @static
             * @param {skylark.v1.CreateTransportRequest.$Properties} message CreateTransportRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTransportRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.direction);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTransportRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.CreateTransportRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.CreateTransportRequest & skylark.v1.CreateTransportRequest.$Shape} CreateTransportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTransportRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.CreateTransportRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CreateTransportRequest;
        })();

        v1.ConnectTransportRequest = (function() {

            /**
             * Properties of a ConnectTransportRequest.
             * @typedef {Object} skylark.v1.ConnectTransportRequest.$Properties
             * @property {string|null} [transportId] ConnectTransportRequest transportId
             * @property {skylark.v1.DtlsParameters.$Properties|null} [dtlsParameters] ConnectTransportRequest dtlsParameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectTransportRequest.
             * @memberof skylark.v1
             * @interface IConnectTransportRequest
             * @augments skylark.v1.ConnectTransportRequest.$Properties
             * @deprecated Use skylark.v1.ConnectTransportRequest.$Properties instead.
             */

            /**
             * Shape of a ConnectTransportRequest.
             * @typedef {skylark.v1.ConnectTransportRequest.$Properties} skylark.v1.ConnectTransportRequest.$Shape
             */

            /**
             * Constructs a new ConnectTransportRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ConnectTransportRequest.
             * @constructor
             * @param {skylark.v1.ConnectTransportRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectTransportRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectTransportRequest transportId.
             * @member {string} transportId
             * @memberof skylark.v1.ConnectTransportRequest
             * @instance
             */
            ConnectTransportRequest.prototype.transportId = "";

            /**
             * ConnectTransportRequest dtlsParameters.
             * @member {skylark.v1.DtlsParameters.$Properties|null|undefined} dtlsParameters
             * @memberof skylark.v1.ConnectTransportRequest
             * @instance
             */
            ConnectTransportRequest.prototype.dtlsParameters = null;

            /**
             * Creates a new ConnectTransportRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConnectTransportRequest
             * @static
             * @param {skylark.v1.ConnectTransportRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConnectTransportRequest} ConnectTransportRequest instance
             * @type {{
             *   (properties: skylark.v1.ConnectTransportRequest.$Shape): skylark.v1.ConnectTransportRequest & skylark.v1.ConnectTransportRequest.$Shape;
             *   (properties?: skylark.v1.ConnectTransportRequest.$Properties): skylark.v1.ConnectTransportRequest;
             * }}
             */
            ConnectTransportRequest.create = function(properties) {
                return new ConnectTransportRequest(properties);
            };

            /**
             * Encodes the specified ConnectTransportRequest message. Does not implicitly {@link skylark.v1.ConnectTransportRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConnectTransportRequest
             * @static
             * @param {skylark.v1.ConnectTransportRequest.$Properties} message ConnectTransportRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectTransportRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transportId != null && $Object.hasOwnProperty.call(message, "transportId") && message.transportId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transportId);
                if (message.dtlsParameters != null && $Object.hasOwnProperty.call(message, "dtlsParameters"))
                    $root.skylark.v1.DtlsParameters.encode(message.dtlsParameters, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConnectTransportRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConnectTransportRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConnectTransportRequest & skylark.v1.ConnectTransportRequest.$Shape} ConnectTransportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectTransportRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConnectTransportRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transportId = value;
                            else
                                delete message.transportId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dtlsParameters = $root.skylark.v1.DtlsParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.dtlsParameters);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConnectTransportRequest;
        })();

        v1.RestartIceRequest = (function() {

            /**
             * Properties of a RestartIceRequest.
             * @typedef {Object} skylark.v1.RestartIceRequest.$Properties
             * @property {string|null} [transportId] RestartIceRequest transportId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestartIceRequest.
             * @memberof skylark.v1
             * @interface IRestartIceRequest
             * @augments skylark.v1.RestartIceRequest.$Properties
             * @deprecated Use skylark.v1.RestartIceRequest.$Properties instead.
             */

            /**
             * Shape of a RestartIceRequest.
             * @typedef {skylark.v1.RestartIceRequest.$Properties} skylark.v1.RestartIceRequest.$Shape
             */

            /**
             * Constructs a new RestartIceRequest.
             * @memberof skylark.v1
             * @classdesc Represents a RestartIceRequest.
             * @constructor
             * @param {skylark.v1.RestartIceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestartIceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestartIceRequest transportId.
             * @member {string} transportId
             * @memberof skylark.v1.RestartIceRequest
             * @instance
             */
            RestartIceRequest.prototype.transportId = "";

            /**
             * Creates a new RestartIceRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RestartIceRequest
             * @static
             * @param {skylark.v1.RestartIceRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RestartIceRequest} RestartIceRequest instance
             * @type {{
             *   (properties: skylark.v1.RestartIceRequest.$Shape): skylark.v1.RestartIceRequest & skylark.v1.RestartIceRequest.$Shape;
             *   (properties?: skylark.v1.RestartIceRequest.$Properties): skylark.v1.RestartIceRequest;
             * }}
             */
            RestartIceRequest.create = function(properties) {
                return new RestartIceRequest(properties);
            };

            /**
             * Encodes the specified RestartIceRequest message. Does not implicitly {@link skylark.v1.RestartIceRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RestartIceRequest
             * @static
             * @param {skylark.v1.RestartIceRequest.$Properties} message RestartIceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestartIceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transportId != null && $Object.hasOwnProperty.call(message, "transportId") && message.transportId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transportId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RestartIceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RestartIceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RestartIceRequest & skylark.v1.RestartIceRequest.$Shape} RestartIceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestartIceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RestartIceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transportId = value;
                            else
                                delete message.transportId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RestartIceRequest;
        })();

        v1.ProduceRequest = (function() {

            /**
             * Properties of a ProduceRequest.
             * @typedef {Object} skylark.v1.ProduceRequest.$Properties
             * @property {string|null} [transportId] ProduceRequest transportId
             * @property {string|null} [kind] ProduceRequest kind
             * @property {skylark.v1.RtpParameters.$Properties|null} [rtpParameters] ProduceRequest rtpParameters
             * @property {string|null} [source] ProduceRequest source
             * @property {boolean|null} [paused] ProduceRequest paused
             * @property {boolean|null} [encrypted] ProduceRequest encrypted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceRequest.
             * @memberof skylark.v1
             * @interface IProduceRequest
             * @augments skylark.v1.ProduceRequest.$Properties
             * @deprecated Use skylark.v1.ProduceRequest.$Properties instead.
             */

            /**
             * Shape of a ProduceRequest.
             * @typedef {{
             *   transportId?: string|null;
             *   kind?: string|null;
             *   rtpParameters?: skylark.v1.RtpParameters.$Shape|null;
             *   source?: string|null;
             *   paused?: boolean|null;
             *   encrypted?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.ProduceRequest.$Shape
             */

            /**
             * Constructs a new ProduceRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ProduceRequest.
             * @constructor
             * @param {skylark.v1.ProduceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceRequest transportId.
             * @member {string} transportId
             * @memberof skylark.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.transportId = "";

            /**
             * ProduceRequest kind.
             * @member {string} kind
             * @memberof skylark.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.kind = "";

            /**
             * ProduceRequest rtpParameters.
             * @member {skylark.v1.RtpParameters.$Properties|null|undefined} rtpParameters
             * @memberof skylark.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.rtpParameters = null;

            /**
             * ProduceRequest source.
             * @member {string} source
             * @memberof skylark.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.source = "";

            /**
             * ProduceRequest paused.
             * @member {boolean} paused
             * @memberof skylark.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.paused = false;

            /**
             * ProduceRequest encrypted.
             * @member {boolean} encrypted
             * @memberof skylark.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.encrypted = false;

            /**
             * Creates a new ProduceRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ProduceRequest
             * @static
             * @param {skylark.v1.ProduceRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ProduceRequest} ProduceRequest instance
             * @type {{
             *   (properties: skylark.v1.ProduceRequest.$Shape): skylark.v1.ProduceRequest & skylark.v1.ProduceRequest.$Shape;
             *   (properties?: skylark.v1.ProduceRequest.$Properties): skylark.v1.ProduceRequest;
             * }}
             */
            ProduceRequest.create = function(properties) {
                return new ProduceRequest(properties);
            };

            /**
             * Encodes the specified ProduceRequest message. Does not implicitly {@link skylark.v1.ProduceRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ProduceRequest
             * @static
             * @param {skylark.v1.ProduceRequest.$Properties} message ProduceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transportId != null && $Object.hasOwnProperty.call(message, "transportId") && message.transportId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transportId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.rtpParameters != null && $Object.hasOwnProperty.call(message, "rtpParameters"))
                    $root.skylark.v1.RtpParameters.encode(message.rtpParameters, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.source);
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.paused);
                if (message.encrypted != null && $Object.hasOwnProperty.call(message, "encrypted") && message.encrypted !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.encrypted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ProduceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ProduceRequest & skylark.v1.ProduceRequest.$Shape} ProduceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ProduceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transportId = value;
                            else
                                delete message.transportId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.rtpParameters = $root.skylark.v1.RtpParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.rtpParameters);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.paused = value;
                            else
                                delete message.paused;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.encrypted = value;
                            else
                                delete message.encrypted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ProduceRequest;
        })();

        v1.ProducerRequest = (function() {

            /**
             * Properties of a ProducerRequest.
             * @typedef {Object} skylark.v1.ProducerRequest.$Properties
             * @property {string|null} [producerId] ProducerRequest producerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducerRequest.
             * @memberof skylark.v1
             * @interface IProducerRequest
             * @augments skylark.v1.ProducerRequest.$Properties
             * @deprecated Use skylark.v1.ProducerRequest.$Properties instead.
             */

            /**
             * Shape of a ProducerRequest.
             * @typedef {skylark.v1.ProducerRequest.$Properties} skylark.v1.ProducerRequest.$Shape
             */

            /**
             * Constructs a new ProducerRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ProducerRequest.
             * @constructor
             * @param {skylark.v1.ProducerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProducerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProducerRequest producerId.
             * @member {string} producerId
             * @memberof skylark.v1.ProducerRequest
             * @instance
             */
            ProducerRequest.prototype.producerId = "";

            /**
             * Creates a new ProducerRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ProducerRequest
             * @static
             * @param {skylark.v1.ProducerRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ProducerRequest} ProducerRequest instance
             * @type {{
             *   (properties: skylark.v1.ProducerRequest.$Shape): skylark.v1.ProducerRequest & skylark.v1.ProducerRequest.$Shape;
             *   (properties?: skylark.v1.ProducerRequest.$Properties): skylark.v1.ProducerRequest;
             * }}
             */
            ProducerRequest.create = function(properties) {
                return new ProducerRequest(properties);
            };

            /**
             * Encodes the specified ProducerRequest message. Does not implicitly {@link skylark.v1.ProducerRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ProducerRequest
             * @static
             * @param {skylark.v1.ProducerRequest.$Properties} message ProducerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.producerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProducerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ProducerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ProducerRequest & skylark.v1.ProducerRequest.$Shape} ProducerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ProducerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ProducerRequest;
        })();

        v1.ConsumeRequest = (function() {

            /**
             * Properties of a ConsumeRequest.
             * @typedef {Object} skylark.v1.ConsumeRequest.$Properties
             * @property {string|null} [producerId] ConsumeRequest producerId
             * @property {boolean|null} [duplicate] ConsumeRequest duplicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumeRequest.
             * @memberof skylark.v1
             * @interface IConsumeRequest
             * @augments skylark.v1.ConsumeRequest.$Properties
             * @deprecated Use skylark.v1.ConsumeRequest.$Properties instead.
             */

            /**
             * Shape of a ConsumeRequest.
             * @typedef {skylark.v1.ConsumeRequest.$Properties} skylark.v1.ConsumeRequest.$Shape
             */

            /**
             * Constructs a new ConsumeRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ConsumeRequest.
             * @constructor
             * @param {skylark.v1.ConsumeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumeRequest producerId.
             * @member {string} producerId
             * @memberof skylark.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.producerId = "";

            /**
             * ConsumeRequest duplicate.
             * @member {boolean} duplicate
             * @memberof skylark.v1.ConsumeRequest
             * @instance
             */
            ConsumeRequest.prototype.duplicate = false;

            /**
             * Creates a new ConsumeRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConsumeRequest
             * @static
             * @param {skylark.v1.ConsumeRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConsumeRequest} ConsumeRequest instance
             * @type {{
             *   (properties: skylark.v1.ConsumeRequest.$Shape): skylark.v1.ConsumeRequest & skylark.v1.ConsumeRequest.$Shape;
             *   (properties?: skylark.v1.ConsumeRequest.$Properties): skylark.v1.ConsumeRequest;
             * }}
             */
            ConsumeRequest.create = function(properties) {
                return new ConsumeRequest(properties);
            };

            /**
             * Encodes the specified ConsumeRequest message. Does not implicitly {@link skylark.v1.ConsumeRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConsumeRequest
             * @static
             * @param {skylark.v1.ConsumeRequest.$Properties} message ConsumeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.producerId);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.duplicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConsumeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumeRequest & skylark.v1.ConsumeRequest.$Shape} ConsumeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConsumeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumeRequest;
        })();

        v1.ConsumerRequest = (function() {

            /**
             * Properties of a ConsumerRequest.
             * @typedef {Object} skylark.v1.ConsumerRequest.$Properties
             * @property {string|null} [consumerId] ConsumerRequest consumerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerRequest.
             * @memberof skylark.v1
             * @interface IConsumerRequest
             * @augments skylark.v1.ConsumerRequest.$Properties
             * @deprecated Use skylark.v1.ConsumerRequest.$Properties instead.
             */

            /**
             * Shape of a ConsumerRequest.
             * @typedef {skylark.v1.ConsumerRequest.$Properties} skylark.v1.ConsumerRequest.$Shape
             */

            /**
             * Constructs a new ConsumerRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ConsumerRequest.
             * @constructor
             * @param {skylark.v1.ConsumerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerRequest consumerId.
             * @member {string} consumerId
             * @memberof skylark.v1.ConsumerRequest
             * @instance
             */
            ConsumerRequest.prototype.consumerId = "";

            /**
             * Creates a new ConsumerRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConsumerRequest
             * @static
             * @param {skylark.v1.ConsumerRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConsumerRequest} ConsumerRequest instance
             * @type {{
             *   (properties: skylark.v1.ConsumerRequest.$Shape): skylark.v1.ConsumerRequest & skylark.v1.ConsumerRequest.$Shape;
             *   (properties?: skylark.v1.ConsumerRequest.$Properties): skylark.v1.ConsumerRequest;
             * }}
             */
            ConsumerRequest.create = function(properties) {
                return new ConsumerRequest(properties);
            };

            /**
             * Encodes the specified ConsumerRequest message. Does not implicitly {@link skylark.v1.ConsumerRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConsumerRequest
             * @static
             * @param {skylark.v1.ConsumerRequest.$Properties} message ConsumerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConsumerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerRequest & skylark.v1.ConsumerRequest.$Shape} ConsumerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConsumerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumerRequest;
        })();

        v1.SetPreferredLayersRequest = (function() {

            /**
             * Properties of a SetPreferredLayersRequest.
             * @typedef {Object} skylark.v1.SetPreferredLayersRequest.$Properties
             * @property {string|null} [consumerId] SetPreferredLayersRequest consumerId
             * @property {number|null} [spatialLayer] SetPreferredLayersRequest spatialLayer
             * @property {number|null} [temporalLayer] SetPreferredLayersRequest temporalLayer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetPreferredLayersRequest.
             * @memberof skylark.v1
             * @interface ISetPreferredLayersRequest
             * @augments skylark.v1.SetPreferredLayersRequest.$Properties
             * @deprecated Use skylark.v1.SetPreferredLayersRequest.$Properties instead.
             */

            /**
             * Shape of a SetPreferredLayersRequest.
             * @typedef {skylark.v1.SetPreferredLayersRequest.$Properties} skylark.v1.SetPreferredLayersRequest.$Shape
             */

            /**
             * Constructs a new SetPreferredLayersRequest.
             * @memberof skylark.v1
             * @classdesc Represents a SetPreferredLayersRequest.
             * @constructor
             * @param {skylark.v1.SetPreferredLayersRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetPreferredLayersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetPreferredLayersRequest consumerId.
             * @member {string} consumerId
             * @memberof skylark.v1.SetPreferredLayersRequest
             * @instance
             */
            SetPreferredLayersRequest.prototype.consumerId = "";

            /**
             * SetPreferredLayersRequest spatialLayer.
             * @member {number} spatialLayer
             * @memberof skylark.v1.SetPreferredLayersRequest
             * @instance
             */
            SetPreferredLayersRequest.prototype.spatialLayer = 0;

            /**
             * SetPreferredLayersRequest temporalLayer.
             * @member {number|null|undefined} temporalLayer
             * @memberof skylark.v1.SetPreferredLayersRequest
             * @instance
             */
            SetPreferredLayersRequest.prototype.temporalLayer = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SetPreferredLayersRequest.prototype, "_temporalLayer", {
                get: $util.oneOfGetter($oneOfFields = ["temporalLayer"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SetPreferredLayersRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.SetPreferredLayersRequest
             * @static
             * @param {skylark.v1.SetPreferredLayersRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.SetPreferredLayersRequest} SetPreferredLayersRequest instance
             * @type {{
             *   (properties: skylark.v1.SetPreferredLayersRequest.$Shape): skylark.v1.SetPreferredLayersRequest & skylark.v1.SetPreferredLayersRequest.$Shape;
             *   (properties?: skylark.v1.SetPreferredLayersRequest.$Properties): skylark.v1.SetPreferredLayersRequest;
             * }}
             */
            SetPreferredLayersRequest.create = function(properties) {
                return new SetPreferredLayersRequest(properties);
            };

            /**
             * Encodes the specified SetPreferredLayersRequest message. Does not implicitly {@link skylark.v1.SetPreferredLayersRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.SetPreferredLayersRequest
             * @static
             * @param {skylark.v1.SetPreferredLayersRequest.$Properties} message SetPreferredLayersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetPreferredLayersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.spatialLayer != null && $Object.hasOwnProperty.call(message, "spatialLayer") && message.spatialLayer !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.spatialLayer);
                if (message.temporalLayer != null && $Object.hasOwnProperty.call(message, "temporalLayer"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.temporalLayer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetPreferredLayersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.SetPreferredLayersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.SetPreferredLayersRequest & skylark.v1.SetPreferredLayersRequest.$Shape} SetPreferredLayersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetPreferredLayersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.SetPreferredLayersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.spatialLayer = value;
                            else
                                delete message.spatialLayer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.temporalLayer = reader.uint32();
                            message._temporalLayer = "temporalLayer";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SetPreferredLayersRequest;
        })();

        v1.ProduceDataRequest = (function() {

            /**
             * Properties of a ProduceDataRequest.
             * @typedef {Object} skylark.v1.ProduceDataRequest.$Properties
             * @property {string|null} [transportId] ProduceDataRequest transportId
             * @property {skylark.v1.SctpStreamParameters.$Properties|null} [sctpStreamParameters] ProduceDataRequest sctpStreamParameters
             * @property {string|null} [label] ProduceDataRequest label
             * @property {string|null} [protocol] ProduceDataRequest protocol
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceDataRequest.
             * @memberof skylark.v1
             * @interface IProduceDataRequest
             * @augments skylark.v1.ProduceDataRequest.$Properties
             * @deprecated Use skylark.v1.ProduceDataRequest.$Properties instead.
             */

            /**
             * Shape of a ProduceDataRequest.
             * @typedef {skylark.v1.ProduceDataRequest.$Properties} skylark.v1.ProduceDataRequest.$Shape
             */

            /**
             * Constructs a new ProduceDataRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ProduceDataRequest.
             * @constructor
             * @param {skylark.v1.ProduceDataRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceDataRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceDataRequest transportId.
             * @member {string} transportId
             * @memberof skylark.v1.ProduceDataRequest
             * @instance
             */
            ProduceDataRequest.prototype.transportId = "";

            /**
             * ProduceDataRequest sctpStreamParameters.
             * @member {skylark.v1.SctpStreamParameters.$Properties|null|undefined} sctpStreamParameters
             * @memberof skylark.v1.ProduceDataRequest
             * @instance
             */
            ProduceDataRequest.prototype.sctpStreamParameters = null;

            /**
             * ProduceDataRequest label.
             * @member {string} label
             * @memberof skylark.v1.ProduceDataRequest
             * @instance
             */
            ProduceDataRequest.prototype.label = "";

            /**
             * ProduceDataRequest protocol.
             * @member {string} protocol
             * @memberof skylark.v1.ProduceDataRequest
             * @instance
             */
            ProduceDataRequest.prototype.protocol = "";

            /**
             * Creates a new ProduceDataRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ProduceDataRequest
             * @static
             * @param {skylark.v1.ProduceDataRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ProduceDataRequest} ProduceDataRequest instance
             * @type {{
             *   (properties: skylark.v1.ProduceDataRequest.$Shape): skylark.v1.ProduceDataRequest & skylark.v1.ProduceDataRequest.$Shape;
             *   (properties?: skylark.v1.ProduceDataRequest.$Properties): skylark.v1.ProduceDataRequest;
             * }}
             */
            ProduceDataRequest.create = function(properties) {
                return new ProduceDataRequest(properties);
            };

            /**
             * Encodes the specified ProduceDataRequest message. Does not implicitly {@link skylark.v1.ProduceDataRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ProduceDataRequest
             * @static
             * @param {skylark.v1.ProduceDataRequest.$Properties} message ProduceDataRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceDataRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transportId != null && $Object.hasOwnProperty.call(message, "transportId") && message.transportId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transportId);
                if (message.sctpStreamParameters != null && $Object.hasOwnProperty.call(message, "sctpStreamParameters"))
                    $root.skylark.v1.SctpStreamParameters.encode(message.sctpStreamParameters, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.label);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.protocol);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceDataRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ProduceDataRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ProduceDataRequest & skylark.v1.ProduceDataRequest.$Shape} ProduceDataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceDataRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ProduceDataRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transportId = value;
                            else
                                delete message.transportId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sctpStreamParameters = $root.skylark.v1.SctpStreamParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.sctpStreamParameters);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ProduceDataRequest;
        })();

        v1.ConsumeDataRequest = (function() {

            /**
             * Properties of a ConsumeDataRequest.
             * @typedef {Object} skylark.v1.ConsumeDataRequest.$Properties
             * @property {string|null} [dataProducerId] ConsumeDataRequest dataProducerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumeDataRequest.
             * @memberof skylark.v1
             * @interface IConsumeDataRequest
             * @augments skylark.v1.ConsumeDataRequest.$Properties
             * @deprecated Use skylark.v1.ConsumeDataRequest.$Properties instead.
             */

            /**
             * Shape of a ConsumeDataRequest.
             * @typedef {skylark.v1.ConsumeDataRequest.$Properties} skylark.v1.ConsumeDataRequest.$Shape
             */

            /**
             * Constructs a new ConsumeDataRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ConsumeDataRequest.
             * @constructor
             * @param {skylark.v1.ConsumeDataRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumeDataRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumeDataRequest dataProducerId.
             * @member {string} dataProducerId
             * @memberof skylark.v1.ConsumeDataRequest
             * @instance
             */
            ConsumeDataRequest.prototype.dataProducerId = "";

            /**
             * Creates a new ConsumeDataRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConsumeDataRequest
             * @static
             * @param {skylark.v1.ConsumeDataRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConsumeDataRequest} ConsumeDataRequest instance
             * @type {{
             *   (properties: skylark.v1.ConsumeDataRequest.$Shape): skylark.v1.ConsumeDataRequest & skylark.v1.ConsumeDataRequest.$Shape;
             *   (properties?: skylark.v1.ConsumeDataRequest.$Properties): skylark.v1.ConsumeDataRequest;
             * }}
             */
            ConsumeDataRequest.create = function(properties) {
                return new ConsumeDataRequest(properties);
            };

            /**
             * Encodes the specified ConsumeDataRequest message. Does not implicitly {@link skylark.v1.ConsumeDataRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConsumeDataRequest
             * @static
             * @param {skylark.v1.ConsumeDataRequest.$Properties} message ConsumeDataRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumeDataRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dataProducerId != null && $Object.hasOwnProperty.call(message, "dataProducerId") && message.dataProducerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.dataProducerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumeDataRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConsumeDataRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumeDataRequest & skylark.v1.ConsumeDataRequest.$Shape} ConsumeDataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumeDataRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConsumeDataRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataProducerId = value;
                            else
                                delete message.dataProducerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumeDataRequest;
        })();

        v1.LeaveRequest = (function() {

            /**
             * Properties of a LeaveRequest.
             * @typedef {Object} skylark.v1.LeaveRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaveRequest.
             * @memberof skylark.v1
             * @interface ILeaveRequest
             * @augments skylark.v1.LeaveRequest.$Properties
             * @deprecated Use skylark.v1.LeaveRequest.$Properties instead.
             */

            /**
             * Shape of a LeaveRequest.
             * @typedef {skylark.v1.LeaveRequest.$Properties} skylark.v1.LeaveRequest.$Shape
             */

            /**
             * Constructs a new LeaveRequest.
             * @memberof skylark.v1
             * @classdesc Represents a LeaveRequest.
             * @constructor
             * @param {skylark.v1.LeaveRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaveRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new LeaveRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.LeaveRequest
             * @static
             * @param {skylark.v1.LeaveRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.LeaveRequest} LeaveRequest instance
             * @type {{
             *   (properties: skylark.v1.LeaveRequest.$Shape): skylark.v1.LeaveRequest & skylark.v1.LeaveRequest.$Shape;
             *   (properties?: skylark.v1.LeaveRequest.$Properties): skylark.v1.LeaveRequest;
             * }}
             */
            LeaveRequest.create = function(properties) {
                return new LeaveRequest(properties);
            };

            /**
             * Encodes the specified LeaveRequest message. Does not implicitly {@link skylark.v1.LeaveRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.LeaveRequest
             * @static
             * @param {skylark.v1.LeaveRequest.$Properties} message LeaveRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaveRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaveRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.LeaveRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.LeaveRequest & skylark.v1.LeaveRequest.$Shape} LeaveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaveRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.LeaveRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LeaveRequest;
        })();

        v1.ResumeRequest = (function() {

            /**
             * Properties of a ResumeRequest.
             * @typedef {Object} skylark.v1.ResumeRequest.$Properties
             * @property {string|null} [resumeToken] ResumeRequest resumeToken
             * @property {number|null} [lastSeq] ResumeRequest lastSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResumeRequest.
             * @memberof skylark.v1
             * @interface IResumeRequest
             * @augments skylark.v1.ResumeRequest.$Properties
             * @deprecated Use skylark.v1.ResumeRequest.$Properties instead.
             */

            /**
             * Shape of a ResumeRequest.
             * @typedef {skylark.v1.ResumeRequest.$Properties} skylark.v1.ResumeRequest.$Shape
             */

            /**
             * Constructs a new ResumeRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ResumeRequest.
             * @constructor
             * @param {skylark.v1.ResumeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResumeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResumeRequest resumeToken.
             * @member {string} resumeToken
             * @memberof skylark.v1.ResumeRequest
             * @instance
             */
            ResumeRequest.prototype.resumeToken = "";

            /**
             * ResumeRequest lastSeq.
             * @member {number} lastSeq
             * @memberof skylark.v1.ResumeRequest
             * @instance
             */
            ResumeRequest.prototype.lastSeq = 0;

            /**
             * Creates a new ResumeRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ResumeRequest
             * @static
             * @param {skylark.v1.ResumeRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ResumeRequest} ResumeRequest instance
             * @type {{
             *   (properties: skylark.v1.ResumeRequest.$Shape): skylark.v1.ResumeRequest & skylark.v1.ResumeRequest.$Shape;
             *   (properties?: skylark.v1.ResumeRequest.$Properties): skylark.v1.ResumeRequest;
             * }}
             */
            ResumeRequest.create = function(properties) {
                return new ResumeRequest(properties);
            };

            /**
             * Encodes the specified ResumeRequest message. Does not implicitly {@link skylark.v1.ResumeRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ResumeRequest
             * @static
             * @param {skylark.v1.ResumeRequest.$Properties} message ResumeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResumeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken") && message.resumeToken !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.resumeToken);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && message.lastSeq !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.lastSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResumeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ResumeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ResumeRequest & skylark.v1.ResumeRequest.$Shape} ResumeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResumeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ResumeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resumeToken = value;
                            else
                                delete message.resumeToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResumeRequest;
        })();

        v1.CreatePlainTransportRequest = (function() {

            /**
             * Properties of a CreatePlainTransportRequest.
             * @typedef {Object} skylark.v1.CreatePlainTransportRequest.$Properties
             * @property {skylark.v1.Direction|null} [direction] CreatePlainTransportRequest direction
             * @property {boolean|null} [srtp] CreatePlainTransportRequest srtp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatePlainTransportRequest.
             * @memberof skylark.v1
             * @interface ICreatePlainTransportRequest
             * @augments skylark.v1.CreatePlainTransportRequest.$Properties
             * @deprecated Use skylark.v1.CreatePlainTransportRequest.$Properties instead.
             */

            /**
             * Shape of a CreatePlainTransportRequest.
             * @typedef {skylark.v1.CreatePlainTransportRequest.$Properties} skylark.v1.CreatePlainTransportRequest.$Shape
             */

            /**
             * Constructs a new CreatePlainTransportRequest.
             * @memberof skylark.v1
             * @classdesc Represents a CreatePlainTransportRequest.
             * @constructor
             * @param {skylark.v1.CreatePlainTransportRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatePlainTransportRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatePlainTransportRequest direction.
             * @member {skylark.v1.Direction} direction
             * @memberof skylark.v1.CreatePlainTransportRequest
             * @instance
             */
            CreatePlainTransportRequest.prototype.direction = 0;

            /**
             * CreatePlainTransportRequest srtp.
             * @member {boolean} srtp
             * @memberof skylark.v1.CreatePlainTransportRequest
             * @instance
             */
            CreatePlainTransportRequest.prototype.srtp = false;

            /**
             * Creates a new CreatePlainTransportRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.CreatePlainTransportRequest
             * @static
             * @param {skylark.v1.CreatePlainTransportRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.CreatePlainTransportRequest} CreatePlainTransportRequest instance
             * @type {{
             *   (properties: skylark.v1.CreatePlainTransportRequest.$Shape): skylark.v1.CreatePlainTransportRequest & skylark.v1.CreatePlainTransportRequest.$Shape;
             *   (properties?: skylark.v1.CreatePlainTransportRequest.$Properties): skylark.v1.CreatePlainTransportRequest;
             * }}
             */
            CreatePlainTransportRequest.create = function(properties) {
                return new CreatePlainTransportRequest(properties);
            };

            /**
             * Encodes the specified CreatePlainTransportRequest message. Does not implicitly {@link skylark.v1.CreatePlainTransportRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.CreatePlainTransportRequest
             * @static
             * @param {skylark.v1.CreatePlainTransportRequest.$Properties} message CreatePlainTransportRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatePlainTransportRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.direction);
                if (message.srtp != null && $Object.hasOwnProperty.call(message, "srtp") && message.srtp !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.srtp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatePlainTransportRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.CreatePlainTransportRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.CreatePlainTransportRequest & skylark.v1.CreatePlainTransportRequest.$Shape} CreatePlainTransportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatePlainTransportRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.CreatePlainTransportRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.srtp = value;
                            else
                                delete message.srtp;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CreatePlainTransportRequest;
        })();

        v1.SrtpParameters = (function() {

            /**
             * Properties of a SrtpParameters.
             * @typedef {Object} skylark.v1.SrtpParameters.$Properties
             * @property {string|null} [cryptoSuite] SrtpParameters cryptoSuite
             * @property {string|null} [keyBase64] SrtpParameters keyBase64
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SrtpParameters.
             * @memberof skylark.v1
             * @interface ISrtpParameters
             * @augments skylark.v1.SrtpParameters.$Properties
             * @deprecated Use skylark.v1.SrtpParameters.$Properties instead.
             */

            /**
             * Shape of a SrtpParameters.
             * @typedef {skylark.v1.SrtpParameters.$Properties} skylark.v1.SrtpParameters.$Shape
             */

            /**
             * Constructs a new SrtpParameters.
             * @memberof skylark.v1
             * @classdesc Represents a SrtpParameters.
             * @constructor
             * @param {skylark.v1.SrtpParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SrtpParameters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SrtpParameters cryptoSuite.
             * @member {string} cryptoSuite
             * @memberof skylark.v1.SrtpParameters
             * @instance
             */
            SrtpParameters.prototype.cryptoSuite = "";

            /**
             * SrtpParameters keyBase64.
             * @member {string} keyBase64
             * @memberof skylark.v1.SrtpParameters
             * @instance
             */
            SrtpParameters.prototype.keyBase64 = "";

            /**
             * Creates a new SrtpParameters instance using the specified properties.
             * @function create
             * @memberof skylark.v1.SrtpParameters
             * @static
             * @param {skylark.v1.SrtpParameters.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.SrtpParameters} SrtpParameters instance
             * @type {{
             *   (properties: skylark.v1.SrtpParameters.$Shape): skylark.v1.SrtpParameters & skylark.v1.SrtpParameters.$Shape;
             *   (properties?: skylark.v1.SrtpParameters.$Properties): skylark.v1.SrtpParameters;
             * }}
             */
            SrtpParameters.create = function(properties) {
                return new SrtpParameters(properties);
            };

            /**
             * Encodes the specified SrtpParameters message. Does not implicitly {@link skylark.v1.SrtpParameters.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.SrtpParameters
             * @static
             * @param {skylark.v1.SrtpParameters.$Properties} message SrtpParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SrtpParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cryptoSuite != null && $Object.hasOwnProperty.call(message, "cryptoSuite") && message.cryptoSuite !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cryptoSuite);
                if (message.keyBase64 != null && $Object.hasOwnProperty.call(message, "keyBase64") && message.keyBase64 !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.keyBase64);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SrtpParameters message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.SrtpParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.SrtpParameters & skylark.v1.SrtpParameters.$Shape} SrtpParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SrtpParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.SrtpParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cryptoSuite = value;
                            else
                                delete message.cryptoSuite;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyBase64 = value;
                            else
                                delete message.keyBase64;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SrtpParameters;
        })();

        v1.ConnectPlainTransportRequest = (function() {

            /**
             * Properties of a ConnectPlainTransportRequest.
             * @typedef {Object} skylark.v1.ConnectPlainTransportRequest.$Properties
             * @property {string|null} [transportId] ConnectPlainTransportRequest transportId
             * @property {string|null} [ip] ConnectPlainTransportRequest ip
             * @property {number|null} [port] ConnectPlainTransportRequest port
             * @property {skylark.v1.SrtpParameters.$Properties|null} [srtpParameters] ConnectPlainTransportRequest srtpParameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectPlainTransportRequest.
             * @memberof skylark.v1
             * @interface IConnectPlainTransportRequest
             * @augments skylark.v1.ConnectPlainTransportRequest.$Properties
             * @deprecated Use skylark.v1.ConnectPlainTransportRequest.$Properties instead.
             */

            /**
             * Shape of a ConnectPlainTransportRequest.
             * @typedef {skylark.v1.ConnectPlainTransportRequest.$Properties} skylark.v1.ConnectPlainTransportRequest.$Shape
             */

            /**
             * Constructs a new ConnectPlainTransportRequest.
             * @memberof skylark.v1
             * @classdesc Represents a ConnectPlainTransportRequest.
             * @constructor
             * @param {skylark.v1.ConnectPlainTransportRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectPlainTransportRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectPlainTransportRequest transportId.
             * @member {string} transportId
             * @memberof skylark.v1.ConnectPlainTransportRequest
             * @instance
             */
            ConnectPlainTransportRequest.prototype.transportId = "";

            /**
             * ConnectPlainTransportRequest ip.
             * @member {string} ip
             * @memberof skylark.v1.ConnectPlainTransportRequest
             * @instance
             */
            ConnectPlainTransportRequest.prototype.ip = "";

            /**
             * ConnectPlainTransportRequest port.
             * @member {number} port
             * @memberof skylark.v1.ConnectPlainTransportRequest
             * @instance
             */
            ConnectPlainTransportRequest.prototype.port = 0;

            /**
             * ConnectPlainTransportRequest srtpParameters.
             * @member {skylark.v1.SrtpParameters.$Properties|null|undefined} srtpParameters
             * @memberof skylark.v1.ConnectPlainTransportRequest
             * @instance
             */
            ConnectPlainTransportRequest.prototype.srtpParameters = null;

            /**
             * Creates a new ConnectPlainTransportRequest instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConnectPlainTransportRequest
             * @static
             * @param {skylark.v1.ConnectPlainTransportRequest.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConnectPlainTransportRequest} ConnectPlainTransportRequest instance
             * @type {{
             *   (properties: skylark.v1.ConnectPlainTransportRequest.$Shape): skylark.v1.ConnectPlainTransportRequest & skylark.v1.ConnectPlainTransportRequest.$Shape;
             *   (properties?: skylark.v1.ConnectPlainTransportRequest.$Properties): skylark.v1.ConnectPlainTransportRequest;
             * }}
             */
            ConnectPlainTransportRequest.create = function(properties) {
                return new ConnectPlainTransportRequest(properties);
            };

            /**
             * Encodes the specified ConnectPlainTransportRequest message. Does not implicitly {@link skylark.v1.ConnectPlainTransportRequest.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConnectPlainTransportRequest
             * @static
             * @param {skylark.v1.ConnectPlainTransportRequest.$Properties} message ConnectPlainTransportRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectPlainTransportRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transportId != null && $Object.hasOwnProperty.call(message, "transportId") && message.transportId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transportId);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ip);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.port);
                if (message.srtpParameters != null && $Object.hasOwnProperty.call(message, "srtpParameters"))
                    $root.skylark.v1.SrtpParameters.encode(message.srtpParameters, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConnectPlainTransportRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConnectPlainTransportRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConnectPlainTransportRequest & skylark.v1.ConnectPlainTransportRequest.$Shape} ConnectPlainTransportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectPlainTransportRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConnectPlainTransportRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transportId = value;
                            else
                                delete message.transportId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.srtpParameters = $root.skylark.v1.SrtpParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.srtpParameters);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConnectPlainTransportRequest;
        })();

        v1.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} skylark.v1.Request.$Properties
             * @property {number|null} [id] Request id
             * @property {skylark.v1.JoinRequest.$Properties|null} [join] Request join
             * @property {skylark.v1.SetCapabilitiesRequest.$Properties|null} [setCapabilities] Request setCapabilities
             * @property {skylark.v1.CreateTransportRequest.$Properties|null} [createTransport] Request createTransport
             * @property {skylark.v1.ConnectTransportRequest.$Properties|null} [connectTransport] Request connectTransport
             * @property {skylark.v1.RestartIceRequest.$Properties|null} [restartIce] Request restartIce
             * @property {skylark.v1.ProduceRequest.$Properties|null} [produce] Request produce
             * @property {skylark.v1.ProducerRequest.$Properties|null} [closeProducer] Request closeProducer
             * @property {skylark.v1.ProducerRequest.$Properties|null} [pauseProducer] Request pauseProducer
             * @property {skylark.v1.ProducerRequest.$Properties|null} [resumeProducer] Request resumeProducer
             * @property {skylark.v1.ConsumeRequest.$Properties|null} [consume] Request consume
             * @property {skylark.v1.ConsumerRequest.$Properties|null} [resumeConsumer] Request resumeConsumer
             * @property {skylark.v1.ConsumerRequest.$Properties|null} [pauseConsumer] Request pauseConsumer
             * @property {skylark.v1.SetPreferredLayersRequest.$Properties|null} [setPreferredLayers] Request setPreferredLayers
             * @property {skylark.v1.ProduceDataRequest.$Properties|null} [produceData] Request produceData
             * @property {skylark.v1.ConsumeDataRequest.$Properties|null} [consumeData] Request consumeData
             * @property {skylark.v1.LeaveRequest.$Properties|null} [leave] Request leave
             * @property {skylark.v1.CreatePlainTransportRequest.$Properties|null} [createPlainTransport] Request createPlainTransport
             * @property {skylark.v1.ConnectPlainTransportRequest.$Properties|null} [connectPlainTransport] Request connectPlainTransport
             * @property {skylark.v1.ResumeRequest.$Properties|null} [resume] Request resume
             * @property {"join"|"setCapabilities"|"createTransport"|"connectTransport"|"restartIce"|"produce"|"closeProducer"|"pauseProducer"|"resumeProducer"|"consume"|"resumeConsumer"|"pauseConsumer"|"setPreferredLayers"|"produceData"|"consumeData"|"leave"|"createPlainTransport"|"connectPlainTransport"|"resume"} [method] Request method
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof skylark.v1
             * @interface IRequest
             * @augments skylark.v1.Request.$Properties
             * @deprecated Use skylark.v1.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   id?: number|null;
             *   join?: skylark.v1.JoinRequest.$Shape|null;
             *   setCapabilities?: skylark.v1.SetCapabilitiesRequest.$Shape|null;
             *   createTransport?: skylark.v1.CreateTransportRequest.$Shape|null;
             *   connectTransport?: skylark.v1.ConnectTransportRequest.$Shape|null;
             *   restartIce?: skylark.v1.RestartIceRequest.$Shape|null;
             *   produce?: skylark.v1.ProduceRequest.$Shape|null;
             *   closeProducer?: skylark.v1.ProducerRequest.$Shape|null;
             *   pauseProducer?: skylark.v1.ProducerRequest.$Shape|null;
             *   resumeProducer?: skylark.v1.ProducerRequest.$Shape|null;
             *   consume?: skylark.v1.ConsumeRequest.$Shape|null;
             *   resumeConsumer?: skylark.v1.ConsumerRequest.$Shape|null;
             *   pauseConsumer?: skylark.v1.ConsumerRequest.$Shape|null;
             *   setPreferredLayers?: skylark.v1.SetPreferredLayersRequest.$Shape|null;
             *   produceData?: skylark.v1.ProduceDataRequest.$Shape|null;
             *   consumeData?: skylark.v1.ConsumeDataRequest.$Shape|null;
             *   leave?: skylark.v1.LeaveRequest.$Shape|null;
             *   createPlainTransport?: skylark.v1.CreatePlainTransportRequest.$Shape|null;
             *   connectPlainTransport?: skylark.v1.ConnectPlainTransportRequest.$Shape|null;
             *   resume?: skylark.v1.ResumeRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ method?: undefined; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "join"; join: skylark.v1.JoinRequest.$Shape; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "setCapabilities"; join?: null; setCapabilities: skylark.v1.SetCapabilitiesRequest.$Shape; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "createTransport"; join?: null; setCapabilities?: null; createTransport: skylark.v1.CreateTransportRequest.$Shape; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "connectTransport"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport: skylark.v1.ConnectTransportRequest.$Shape; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "restartIce"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce: skylark.v1.RestartIceRequest.$Shape; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "produce"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce: skylark.v1.ProduceRequest.$Shape; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "closeProducer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer: skylark.v1.ProducerRequest.$Shape; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "pauseProducer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer: skylark.v1.ProducerRequest.$Shape; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "resumeProducer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer: skylark.v1.ProducerRequest.$Shape; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "consume"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume: skylark.v1.ConsumeRequest.$Shape; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "resumeConsumer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer: skylark.v1.ConsumerRequest.$Shape; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "pauseConsumer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer: skylark.v1.ConsumerRequest.$Shape; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "setPreferredLayers"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers: skylark.v1.SetPreferredLayersRequest.$Shape; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "produceData"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData: skylark.v1.ProduceDataRequest.$Shape; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "consumeData"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData: skylark.v1.ConsumeDataRequest.$Shape; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "leave"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave: skylark.v1.LeaveRequest.$Shape; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "createPlainTransport"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport: skylark.v1.CreatePlainTransportRequest.$Shape; connectPlainTransport?: null; resume?: null }|{ method?: "connectPlainTransport"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport: skylark.v1.ConnectPlainTransportRequest.$Shape; resume?: null }|{ method?: "resume"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume: skylark.v1.ResumeRequest.$Shape })
             * )} skylark.v1.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof skylark.v1
             * @classdesc Represents a Request.
             * @constructor
             * @param {skylark.v1.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request id.
             * @member {number} id
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.id = 0;

            /**
             * Request join.
             * @member {skylark.v1.JoinRequest.$Properties|null|undefined} join
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.join = null;

            /**
             * Request setCapabilities.
             * @member {skylark.v1.SetCapabilitiesRequest.$Properties|null|undefined} setCapabilities
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.setCapabilities = null;

            /**
             * Request createTransport.
             * @member {skylark.v1.CreateTransportRequest.$Properties|null|undefined} createTransport
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.createTransport = null;

            /**
             * Request connectTransport.
             * @member {skylark.v1.ConnectTransportRequest.$Properties|null|undefined} connectTransport
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.connectTransport = null;

            /**
             * Request restartIce.
             * @member {skylark.v1.RestartIceRequest.$Properties|null|undefined} restartIce
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.restartIce = null;

            /**
             * Request produce.
             * @member {skylark.v1.ProduceRequest.$Properties|null|undefined} produce
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.produce = null;

            /**
             * Request closeProducer.
             * @member {skylark.v1.ProducerRequest.$Properties|null|undefined} closeProducer
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.closeProducer = null;

            /**
             * Request pauseProducer.
             * @member {skylark.v1.ProducerRequest.$Properties|null|undefined} pauseProducer
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.pauseProducer = null;

            /**
             * Request resumeProducer.
             * @member {skylark.v1.ProducerRequest.$Properties|null|undefined} resumeProducer
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.resumeProducer = null;

            /**
             * Request consume.
             * @member {skylark.v1.ConsumeRequest.$Properties|null|undefined} consume
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.consume = null;

            /**
             * Request resumeConsumer.
             * @member {skylark.v1.ConsumerRequest.$Properties|null|undefined} resumeConsumer
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.resumeConsumer = null;

            /**
             * Request pauseConsumer.
             * @member {skylark.v1.ConsumerRequest.$Properties|null|undefined} pauseConsumer
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.pauseConsumer = null;

            /**
             * Request setPreferredLayers.
             * @member {skylark.v1.SetPreferredLayersRequest.$Properties|null|undefined} setPreferredLayers
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.setPreferredLayers = null;

            /**
             * Request produceData.
             * @member {skylark.v1.ProduceDataRequest.$Properties|null|undefined} produceData
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.produceData = null;

            /**
             * Request consumeData.
             * @member {skylark.v1.ConsumeDataRequest.$Properties|null|undefined} consumeData
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.consumeData = null;

            /**
             * Request leave.
             * @member {skylark.v1.LeaveRequest.$Properties|null|undefined} leave
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.leave = null;

            /**
             * Request createPlainTransport.
             * @member {skylark.v1.CreatePlainTransportRequest.$Properties|null|undefined} createPlainTransport
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.createPlainTransport = null;

            /**
             * Request connectPlainTransport.
             * @member {skylark.v1.ConnectPlainTransportRequest.$Properties|null|undefined} connectPlainTransport
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.connectPlainTransport = null;

            /**
             * Request resume.
             * @member {skylark.v1.ResumeRequest.$Properties|null|undefined} resume
             * @memberof skylark.v1.Request
             * @instance
             */
            Request.prototype.resume = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request method.
             * @member {"join"|"setCapabilities"|"createTransport"|"connectTransport"|"restartIce"|"produce"|"closeProducer"|"pauseProducer"|"resumeProducer"|"consume"|"resumeConsumer"|"pauseConsumer"|"setPreferredLayers"|"produceData"|"consumeData"|"leave"|"createPlainTransport"|"connectPlainTransport"|"resume"|undefined} method
             * @memberof skylark.v1.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "method", {
                get: $util.oneOfGetter($oneOfFields = ["join", "setCapabilities", "createTransport", "connectTransport", "restartIce", "produce", "closeProducer", "pauseProducer", "resumeProducer", "consume", "resumeConsumer", "pauseConsumer", "setPreferredLayers", "produceData", "consumeData", "leave", "createPlainTransport", "connectPlainTransport", "resume"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof skylark.v1.Request
             * @static
             * @param {skylark.v1.Request.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.Request} Request instance
             * @type {{
             *   (properties: skylark.v1.Request.$Shape): skylark.v1.Request & skylark.v1.Request.$Shape;
             *   (properties?: skylark.v1.Request.$Properties): skylark.v1.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link skylark.v1.Request.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.Request
             * @static
             * @param {skylark.v1.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                    $root.skylark.v1.JoinRequest.encode(message.join, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.setCapabilities != null && $Object.hasOwnProperty.call(message, "setCapabilities"))
                    $root.skylark.v1.SetCapabilitiesRequest.encode(message.setCapabilities, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.createTransport != null && $Object.hasOwnProperty.call(message, "createTransport"))
                    $root.skylark.v1.CreateTransportRequest.encode(message.createTransport, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.connectTransport != null && $Object.hasOwnProperty.call(message, "connectTransport"))
                    $root.skylark.v1.ConnectTransportRequest.encode(message.connectTransport, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.restartIce != null && $Object.hasOwnProperty.call(message, "restartIce"))
                    $root.skylark.v1.RestartIceRequest.encode(message.restartIce, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.produce != null && $Object.hasOwnProperty.call(message, "produce"))
                    $root.skylark.v1.ProduceRequest.encode(message.produce, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.closeProducer != null && $Object.hasOwnProperty.call(message, "closeProducer"))
                    $root.skylark.v1.ProducerRequest.encode(message.closeProducer, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.pauseProducer != null && $Object.hasOwnProperty.call(message, "pauseProducer"))
                    $root.skylark.v1.ProducerRequest.encode(message.pauseProducer, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.resumeProducer != null && $Object.hasOwnProperty.call(message, "resumeProducer"))
                    $root.skylark.v1.ProducerRequest.encode(message.resumeProducer, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.consume != null && $Object.hasOwnProperty.call(message, "consume"))
                    $root.skylark.v1.ConsumeRequest.encode(message.consume, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.resumeConsumer != null && $Object.hasOwnProperty.call(message, "resumeConsumer"))
                    $root.skylark.v1.ConsumerRequest.encode(message.resumeConsumer, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.pauseConsumer != null && $Object.hasOwnProperty.call(message, "pauseConsumer"))
                    $root.skylark.v1.ConsumerRequest.encode(message.pauseConsumer, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.setPreferredLayers != null && $Object.hasOwnProperty.call(message, "setPreferredLayers"))
                    $root.skylark.v1.SetPreferredLayersRequest.encode(message.setPreferredLayers, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.produceData != null && $Object.hasOwnProperty.call(message, "produceData"))
                    $root.skylark.v1.ProduceDataRequest.encode(message.produceData, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.consumeData != null && $Object.hasOwnProperty.call(message, "consumeData"))
                    $root.skylark.v1.ConsumeDataRequest.encode(message.consumeData, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.leave != null && $Object.hasOwnProperty.call(message, "leave"))
                    $root.skylark.v1.LeaveRequest.encode(message.leave, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.createPlainTransport != null && $Object.hasOwnProperty.call(message, "createPlainTransport"))
                    $root.skylark.v1.CreatePlainTransportRequest.encode(message.createPlainTransport, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.connectPlainTransport != null && $Object.hasOwnProperty.call(message, "connectPlainTransport"))
                    $root.skylark.v1.ConnectPlainTransportRequest.encode(message.connectPlainTransport, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume"))
                    $root.skylark.v1.ResumeRequest.encode(message.resume, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.Request & skylark.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.join = $root.skylark.v1.JoinRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                            message.method = "join";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.setCapabilities = $root.skylark.v1.SetCapabilitiesRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.setCapabilities);
                            message.method = "setCapabilities";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.createTransport = $root.skylark.v1.CreateTransportRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.createTransport);
                            message.method = "createTransport";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.connectTransport = $root.skylark.v1.ConnectTransportRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.connectTransport);
                            message.method = "connectTransport";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.restartIce = $root.skylark.v1.RestartIceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.restartIce);
                            message.method = "restartIce";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.produce = $root.skylark.v1.ProduceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.produce);
                            message.method = "produce";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.closeProducer = $root.skylark.v1.ProducerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.closeProducer);
                            message.method = "closeProducer";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.pauseProducer = $root.skylark.v1.ProducerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pauseProducer);
                            message.method = "pauseProducer";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.resumeProducer = $root.skylark.v1.ProducerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.resumeProducer);
                            message.method = "resumeProducer";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.consume = $root.skylark.v1.ConsumeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.consume);
                            message.method = "consume";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.resumeConsumer = $root.skylark.v1.ConsumerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.resumeConsumer);
                            message.method = "resumeConsumer";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.pauseConsumer = $root.skylark.v1.ConsumerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pauseConsumer);
                            message.method = "pauseConsumer";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.setPreferredLayers = $root.skylark.v1.SetPreferredLayersRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.setPreferredLayers);
                            message.method = "setPreferredLayers";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.produceData = $root.skylark.v1.ProduceDataRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.produceData);
                            message.method = "produceData";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.consumeData = $root.skylark.v1.ConsumeDataRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.consumeData);
                            message.method = "consumeData";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.leave = $root.skylark.v1.LeaveRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.leave);
                            message.method = "leave";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.createPlainTransport = $root.skylark.v1.CreatePlainTransportRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.createPlainTransport);
                            message.method = "createPlainTransport";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.connectPlainTransport = $root.skylark.v1.ConnectPlainTransportRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.connectPlainTransport);
                            message.method = "connectPlainTransport";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.resume = $root.skylark.v1.ResumeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.resume);
                            message.method = "resume";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        v1.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} skylark.v1.Ok.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof skylark.v1
             * @interface IOk
             * @augments skylark.v1.Ok.$Properties
             * @deprecated Use skylark.v1.Ok.$Properties instead.
             */

            /**
             * Shape of an Ok.
             * @typedef {skylark.v1.Ok.$Properties} skylark.v1.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof skylark.v1
             * @classdesc Represents an Ok.
             * @constructor
             * @param {skylark.v1.Ok.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ok = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof skylark.v1.Ok
             * @static
             * @param {skylark.v1.Ok.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.Ok} Ok instance
             * @type {{
             *   (properties: skylark.v1.Ok.$Shape): skylark.v1.Ok & skylark.v1.Ok.$Shape;
             *   (properties?: skylark.v1.Ok.$Properties): skylark.v1.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link skylark.v1.Ok.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.Ok
             * @static
             * @param {skylark.v1.Ok.$Properties} message Ok message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ok.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.Ok & skylark.v1.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ok.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.Ok();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Ok;
        })();

        v1.ProducerInfo = (function() {

            /**
             * Properties of a ProducerInfo.
             * @typedef {Object} skylark.v1.ProducerInfo.$Properties
             * @property {string|null} [producerId] ProducerInfo producerId
             * @property {string|null} [kind] ProducerInfo kind
             * @property {string|null} [source] ProducerInfo source
             * @property {boolean|null} [paused] ProducerInfo paused
             * @property {boolean|null} [encrypted] ProducerInfo encrypted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducerInfo.
             * @memberof skylark.v1
             * @interface IProducerInfo
             * @augments skylark.v1.ProducerInfo.$Properties
             * @deprecated Use skylark.v1.ProducerInfo.$Properties instead.
             */

            /**
             * Shape of a ProducerInfo.
             * @typedef {skylark.v1.ProducerInfo.$Properties} skylark.v1.ProducerInfo.$Shape
             */

            /**
             * Constructs a new ProducerInfo.
             * @memberof skylark.v1
             * @classdesc Represents a ProducerInfo.
             * @constructor
             * @param {skylark.v1.ProducerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProducerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProducerInfo producerId.
             * @member {string} producerId
             * @memberof skylark.v1.ProducerInfo
             * @instance
             */
            ProducerInfo.prototype.producerId = "";

            /**
             * ProducerInfo kind.
             * @member {string} kind
             * @memberof skylark.v1.ProducerInfo
             * @instance
             */
            ProducerInfo.prototype.kind = "";

            /**
             * ProducerInfo source.
             * @member {string} source
             * @memberof skylark.v1.ProducerInfo
             * @instance
             */
            ProducerInfo.prototype.source = "";

            /**
             * ProducerInfo paused.
             * @member {boolean} paused
             * @memberof skylark.v1.ProducerInfo
             * @instance
             */
            ProducerInfo.prototype.paused = false;

            /**
             * ProducerInfo encrypted.
             * @member {boolean} encrypted
             * @memberof skylark.v1.ProducerInfo
             * @instance
             */
            ProducerInfo.prototype.encrypted = false;

            /**
             * Creates a new ProducerInfo instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ProducerInfo
             * @static
             * @param {skylark.v1.ProducerInfo.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ProducerInfo} ProducerInfo instance
             * @type {{
             *   (properties: skylark.v1.ProducerInfo.$Shape): skylark.v1.ProducerInfo & skylark.v1.ProducerInfo.$Shape;
             *   (properties?: skylark.v1.ProducerInfo.$Properties): skylark.v1.ProducerInfo;
             * }}
             */
            ProducerInfo.create = function(properties) {
                return new ProducerInfo(properties);
            };

            /**
             * Encodes the specified ProducerInfo message. Does not implicitly {@link skylark.v1.ProducerInfo.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ProducerInfo
             * @static
             * @param {skylark.v1.ProducerInfo.$Properties} message ProducerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.producerId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.source);
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.paused);
                if (message.encrypted != null && $Object.hasOwnProperty.call(message, "encrypted") && message.encrypted !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.encrypted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProducerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ProducerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ProducerInfo & skylark.v1.ProducerInfo.$Shape} ProducerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ProducerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.paused = value;
                            else
                                delete message.paused;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.encrypted = value;
                            else
                                delete message.encrypted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ProducerInfo;
        })();

        v1.DataProducerInfo = (function() {

            /**
             * Properties of a DataProducerInfo.
             * @typedef {Object} skylark.v1.DataProducerInfo.$Properties
             * @property {string|null} [dataProducerId] DataProducerInfo dataProducerId
             * @property {string|null} [label] DataProducerInfo label
             * @property {string|null} [protocol] DataProducerInfo protocol
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataProducerInfo.
             * @memberof skylark.v1
             * @interface IDataProducerInfo
             * @augments skylark.v1.DataProducerInfo.$Properties
             * @deprecated Use skylark.v1.DataProducerInfo.$Properties instead.
             */

            /**
             * Shape of a DataProducerInfo.
             * @typedef {skylark.v1.DataProducerInfo.$Properties} skylark.v1.DataProducerInfo.$Shape
             */

            /**
             * Constructs a new DataProducerInfo.
             * @memberof skylark.v1
             * @classdesc Represents a DataProducerInfo.
             * @constructor
             * @param {skylark.v1.DataProducerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DataProducerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataProducerInfo dataProducerId.
             * @member {string} dataProducerId
             * @memberof skylark.v1.DataProducerInfo
             * @instance
             */
            DataProducerInfo.prototype.dataProducerId = "";

            /**
             * DataProducerInfo label.
             * @member {string} label
             * @memberof skylark.v1.DataProducerInfo
             * @instance
             */
            DataProducerInfo.prototype.label = "";

            /**
             * DataProducerInfo protocol.
             * @member {string} protocol
             * @memberof skylark.v1.DataProducerInfo
             * @instance
             */
            DataProducerInfo.prototype.protocol = "";

            /**
             * Creates a new DataProducerInfo instance using the specified properties.
             * @function create
             * @memberof skylark.v1.DataProducerInfo
             * @static
             * @param {skylark.v1.DataProducerInfo.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.DataProducerInfo} DataProducerInfo instance
             * @type {{
             *   (properties: skylark.v1.DataProducerInfo.$Shape): skylark.v1.DataProducerInfo & skylark.v1.DataProducerInfo.$Shape;
             *   (properties?: skylark.v1.DataProducerInfo.$Properties): skylark.v1.DataProducerInfo;
             * }}
             */
            DataProducerInfo.create = function(properties) {
                return new DataProducerInfo(properties);
            };

            /**
             * Encodes the specified DataProducerInfo message. Does not implicitly {@link skylark.v1.DataProducerInfo.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.DataProducerInfo
             * @static
             * @param {skylark.v1.DataProducerInfo.$Properties} message DataProducerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataProducerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dataProducerId != null && $Object.hasOwnProperty.call(message, "dataProducerId") && message.dataProducerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.dataProducerId);
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.label);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.protocol);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DataProducerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.DataProducerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.DataProducerInfo & skylark.v1.DataProducerInfo.$Shape} DataProducerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataProducerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.DataProducerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataProducerId = value;
                            else
                                delete message.dataProducerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DataProducerInfo;
        })();

        v1.PeerInfo = (function() {

            /**
             * Properties of a PeerInfo.
             * @typedef {Object} skylark.v1.PeerInfo.$Properties
             * @property {string|null} [peerId] PeerInfo peerId
             * @property {string|null} [displayName] PeerInfo displayName
             * @property {skylark.v1.Role|null} [role] PeerInfo role
             * @property {Array.<skylark.v1.ProducerInfo.$Properties>|null} [producers] PeerInfo producers
             * @property {Array.<skylark.v1.DataProducerInfo.$Properties>|null} [dataProducers] PeerInfo dataProducers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerInfo.
             * @memberof skylark.v1
             * @interface IPeerInfo
             * @augments skylark.v1.PeerInfo.$Properties
             * @deprecated Use skylark.v1.PeerInfo.$Properties instead.
             */

            /**
             * Shape of a PeerInfo.
             * @typedef {skylark.v1.PeerInfo.$Properties} skylark.v1.PeerInfo.$Shape
             */

            /**
             * Constructs a new PeerInfo.
             * @memberof skylark.v1
             * @classdesc Represents a PeerInfo.
             * @constructor
             * @param {skylark.v1.PeerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerInfo = function (properties) {
                this.producers = [];
                this.dataProducers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerInfo peerId.
             * @member {string} peerId
             * @memberof skylark.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.peerId = "";

            /**
             * PeerInfo displayName.
             * @member {string} displayName
             * @memberof skylark.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.displayName = "";

            /**
             * PeerInfo role.
             * @member {skylark.v1.Role} role
             * @memberof skylark.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.role = 0;

            /**
             * PeerInfo producers.
             * @member {Array.<skylark.v1.ProducerInfo.$Properties>} producers
             * @memberof skylark.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.producers = $util.emptyArray;

            /**
             * PeerInfo dataProducers.
             * @member {Array.<skylark.v1.DataProducerInfo.$Properties>} dataProducers
             * @memberof skylark.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.dataProducers = $util.emptyArray;

            /**
             * Creates a new PeerInfo instance using the specified properties.
             * @function create
             * @memberof skylark.v1.PeerInfo
             * @static
             * @param {skylark.v1.PeerInfo.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.PeerInfo} PeerInfo instance
             * @type {{
             *   (properties: skylark.v1.PeerInfo.$Shape): skylark.v1.PeerInfo & skylark.v1.PeerInfo.$Shape;
             *   (properties?: skylark.v1.PeerInfo.$Properties): skylark.v1.PeerInfo;
             * }}
             */
            PeerInfo.create = function(properties) {
                return new PeerInfo(properties);
            };

            /**
             * Encodes the specified PeerInfo message. Does not implicitly {@link skylark.v1.PeerInfo.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.PeerInfo
             * @static
             * @param {skylark.v1.PeerInfo.$Properties} message PeerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.role);
                if (message.producers != null && message.producers.length)
                    for (let i = 0; i < message.producers.length; ++i)
                        $root.skylark.v1.ProducerInfo.encode(message.producers[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.dataProducers != null && message.dataProducers.length)
                    for (let i = 0; i < message.dataProducers.length; ++i)
                        $root.skylark.v1.DataProducerInfo.encode(message.dataProducers[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.PeerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.PeerInfo & skylark.v1.PeerInfo.$Shape} PeerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.PeerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.displayName = value;
                            else
                                delete message.displayName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.producers && message.producers.length))
                                message.producers = [];
                            message.producers.push($root.skylark.v1.ProducerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dataProducers && message.dataProducers.length))
                                message.dataProducers = [];
                            message.dataProducers.push($root.skylark.v1.DataProducerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PeerInfo;
        })();

        v1.Grants = (function() {

            /**
             * Properties of a Grants.
             * @typedef {Object} skylark.v1.Grants.$Properties
             * @property {boolean|null} [canPublish] Grants canPublish
             * @property {boolean|null} [canSubscribe] Grants canSubscribe
             * @property {boolean|null} [canPublishData] Grants canPublishData
             * @property {boolean|null} [roomAdmin] Grants roomAdmin
             * @property {boolean|null} [roomCreate] Grants roomCreate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Grants.
             * @memberof skylark.v1
             * @interface IGrants
             * @augments skylark.v1.Grants.$Properties
             * @deprecated Use skylark.v1.Grants.$Properties instead.
             */

            /**
             * Shape of a Grants.
             * @typedef {skylark.v1.Grants.$Properties} skylark.v1.Grants.$Shape
             */

            /**
             * Constructs a new Grants.
             * @memberof skylark.v1
             * @classdesc Represents a Grants.
             * @constructor
             * @param {skylark.v1.Grants.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Grants = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Grants canPublish.
             * @member {boolean} canPublish
             * @memberof skylark.v1.Grants
             * @instance
             */
            Grants.prototype.canPublish = false;

            /**
             * Grants canSubscribe.
             * @member {boolean} canSubscribe
             * @memberof skylark.v1.Grants
             * @instance
             */
            Grants.prototype.canSubscribe = false;

            /**
             * Grants canPublishData.
             * @member {boolean} canPublishData
             * @memberof skylark.v1.Grants
             * @instance
             */
            Grants.prototype.canPublishData = false;

            /**
             * Grants roomAdmin.
             * @member {boolean} roomAdmin
             * @memberof skylark.v1.Grants
             * @instance
             */
            Grants.prototype.roomAdmin = false;

            /**
             * Grants roomCreate.
             * @member {boolean} roomCreate
             * @memberof skylark.v1.Grants
             * @instance
             */
            Grants.prototype.roomCreate = false;

            /**
             * Creates a new Grants instance using the specified properties.
             * @function create
             * @memberof skylark.v1.Grants
             * @static
             * @param {skylark.v1.Grants.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.Grants} Grants instance
             * @type {{
             *   (properties: skylark.v1.Grants.$Shape): skylark.v1.Grants & skylark.v1.Grants.$Shape;
             *   (properties?: skylark.v1.Grants.$Properties): skylark.v1.Grants;
             * }}
             */
            Grants.create = function(properties) {
                return new Grants(properties);
            };

            /**
             * Encodes the specified Grants message. Does not implicitly {@link skylark.v1.Grants.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.Grants
             * @static
             * @param {skylark.v1.Grants.$Properties} message Grants message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Grants.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.canPublish != null && $Object.hasOwnProperty.call(message, "canPublish") && message.canPublish !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.canPublish);
                if (message.canSubscribe != null && $Object.hasOwnProperty.call(message, "canSubscribe") && message.canSubscribe !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.canSubscribe);
                if (message.canPublishData != null && $Object.hasOwnProperty.call(message, "canPublishData") && message.canPublishData !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.canPublishData);
                if (message.roomAdmin != null && $Object.hasOwnProperty.call(message, "roomAdmin") && message.roomAdmin !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.roomAdmin);
                if (message.roomCreate != null && $Object.hasOwnProperty.call(message, "roomCreate") && message.roomCreate !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.roomCreate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Grants message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.Grants
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.Grants & skylark.v1.Grants.$Shape} Grants
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Grants.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.Grants();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.canPublish = value;
                            else
                                delete message.canPublish;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.canSubscribe = value;
                            else
                                delete message.canSubscribe;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.canPublishData = value;
                            else
                                delete message.canPublishData;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.roomAdmin = value;
                            else
                                delete message.roomAdmin;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.roomCreate = value;
                            else
                                delete message.roomCreate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Grants;
        })();

        v1.JoinResponse = (function() {

            /**
             * Properties of a JoinResponse.
             * @typedef {Object} skylark.v1.JoinResponse.$Properties
             * @property {string|null} [peerId] JoinResponse peerId
             * @property {string|null} [roomId] JoinResponse roomId
             * @property {skylark.v1.RtpCapabilities.$Properties|null} [routerRtpCapabilities] JoinResponse routerRtpCapabilities
             * @property {Array.<skylark.v1.PeerInfo.$Properties>|null} [peers] JoinResponse peers
             * @property {Array.<skylark.v1.IceServer.$Properties>|null} [iceServers] JoinResponse iceServers
             * @property {skylark.v1.Grants.$Properties|null} [grants] JoinResponse grants
             * @property {skylark.v1.Role|null} [role] JoinResponse role
             * @property {string|null} [resumeToken] JoinResponse resumeToken
             * @property {boolean|null} [clustered] JoinResponse clustered
             * @property {Array.<skylark.v1.TransportInfo.$Properties>|null} [transports] JoinResponse transports
             * @property {Array.<skylark.v1.ConsumerInfo.$Properties>|null} [consumers] JoinResponse consumers
             * @property {Array.<skylark.v1.DataConsumerInfo.$Properties>|null} [dataConsumers] JoinResponse dataConsumers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinResponse.
             * @memberof skylark.v1
             * @interface IJoinResponse
             * @augments skylark.v1.JoinResponse.$Properties
             * @deprecated Use skylark.v1.JoinResponse.$Properties instead.
             */

            /**
             * Shape of a JoinResponse.
             * @typedef {{
             *   peerId?: string|null;
             *   roomId?: string|null;
             *   routerRtpCapabilities?: skylark.v1.RtpCapabilities.$Shape|null;
             *   peers?: Array.<skylark.v1.PeerInfo.$Shape>|null;
             *   iceServers?: Array.<skylark.v1.IceServer.$Shape>|null;
             *   grants?: skylark.v1.Grants.$Shape|null;
             *   role?: skylark.v1.Role|null;
             *   resumeToken?: string|null;
             *   clustered?: boolean|null;
             *   transports?: Array.<skylark.v1.TransportInfo.$Shape>|null;
             *   consumers?: Array.<skylark.v1.ConsumerInfo.$Shape>|null;
             *   dataConsumers?: Array.<skylark.v1.DataConsumerInfo.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.JoinResponse.$Shape
             */

            /**
             * Constructs a new JoinResponse.
             * @memberof skylark.v1
             * @classdesc Represents a JoinResponse.
             * @constructor
             * @param {skylark.v1.JoinResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinResponse = function (properties) {
                this.peers = [];
                this.iceServers = [];
                this.transports = [];
                this.consumers = [];
                this.dataConsumers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinResponse peerId.
             * @member {string} peerId
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.peerId = "";

            /**
             * JoinResponse roomId.
             * @member {string} roomId
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.roomId = "";

            /**
             * JoinResponse routerRtpCapabilities.
             * @member {skylark.v1.RtpCapabilities.$Properties|null|undefined} routerRtpCapabilities
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.routerRtpCapabilities = null;

            /**
             * JoinResponse peers.
             * @member {Array.<skylark.v1.PeerInfo.$Properties>} peers
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.peers = $util.emptyArray;

            /**
             * JoinResponse iceServers.
             * @member {Array.<skylark.v1.IceServer.$Properties>} iceServers
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.iceServers = $util.emptyArray;

            /**
             * JoinResponse grants.
             * @member {skylark.v1.Grants.$Properties|null|undefined} grants
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.grants = null;

            /**
             * JoinResponse role.
             * @member {skylark.v1.Role} role
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.role = 0;

            /**
             * JoinResponse resumeToken.
             * @member {string} resumeToken
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.resumeToken = "";

            /**
             * JoinResponse clustered.
             * @member {boolean} clustered
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.clustered = false;

            /**
             * JoinResponse transports.
             * @member {Array.<skylark.v1.TransportInfo.$Properties>} transports
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.transports = $util.emptyArray;

            /**
             * JoinResponse consumers.
             * @member {Array.<skylark.v1.ConsumerInfo.$Properties>} consumers
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.consumers = $util.emptyArray;

            /**
             * JoinResponse dataConsumers.
             * @member {Array.<skylark.v1.DataConsumerInfo.$Properties>} dataConsumers
             * @memberof skylark.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.dataConsumers = $util.emptyArray;

            /**
             * Creates a new JoinResponse instance using the specified properties.
             * @function create
             * @memberof skylark.v1.JoinResponse
             * @static
             * @param {skylark.v1.JoinResponse.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.JoinResponse} JoinResponse instance
             * @type {{
             *   (properties: skylark.v1.JoinResponse.$Shape): skylark.v1.JoinResponse & skylark.v1.JoinResponse.$Shape;
             *   (properties?: skylark.v1.JoinResponse.$Properties): skylark.v1.JoinResponse;
             * }}
             */
            JoinResponse.create = function(properties) {
                return new JoinResponse(properties);
            };

            /**
             * Encodes the specified JoinResponse message. Does not implicitly {@link skylark.v1.JoinResponse.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.JoinResponse
             * @static
             * @param {skylark.v1.JoinResponse.$Properties} message JoinResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.roomId != null && $Object.hasOwnProperty.call(message, "roomId") && message.roomId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.roomId);
                if (message.routerRtpCapabilities != null && $Object.hasOwnProperty.call(message, "routerRtpCapabilities"))
                    $root.skylark.v1.RtpCapabilities.encode(message.routerRtpCapabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.skylark.v1.PeerInfo.encode(message.peers[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.iceServers != null && message.iceServers.length)
                    for (let i = 0; i < message.iceServers.length; ++i)
                        $root.skylark.v1.IceServer.encode(message.iceServers[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.grants != null && $Object.hasOwnProperty.call(message, "grants"))
                    $root.skylark.v1.Grants.encode(message.grants, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.role);
                if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken") && message.resumeToken !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.resumeToken);
                if (message.clustered != null && $Object.hasOwnProperty.call(message, "clustered") && message.clustered !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.clustered);
                if (message.transports != null && message.transports.length)
                    for (let i = 0; i < message.transports.length; ++i)
                        $root.skylark.v1.TransportInfo.encode(message.transports[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.consumers != null && message.consumers.length)
                    for (let i = 0; i < message.consumers.length; ++i)
                        $root.skylark.v1.ConsumerInfo.encode(message.consumers[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.dataConsumers != null && message.dataConsumers.length)
                    for (let i = 0; i < message.dataConsumers.length; ++i)
                        $root.skylark.v1.DataConsumerInfo.encode(message.dataConsumers[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.JoinResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.JoinResponse & skylark.v1.JoinResponse.$Shape} JoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.JoinResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.roomId = value;
                            else
                                delete message.roomId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.routerRtpCapabilities = $root.skylark.v1.RtpCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.routerRtpCapabilities);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.skylark.v1.PeerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.iceServers && message.iceServers.length))
                                message.iceServers = [];
                            message.iceServers.push($root.skylark.v1.IceServer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.grants = $root.skylark.v1.Grants.decode(reader, reader.size(), $undefined, _depth + 1, message.grants);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resumeToken = value;
                            else
                                delete message.resumeToken;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.clustered = value;
                            else
                                delete message.clustered;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.transports && message.transports.length))
                                message.transports = [];
                            message.transports.push($root.skylark.v1.TransportInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.consumers && message.consumers.length))
                                message.consumers = [];
                            message.consumers.push($root.skylark.v1.ConsumerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dataConsumers && message.dataConsumers.length))
                                message.dataConsumers = [];
                            message.dataConsumers.push($root.skylark.v1.DataConsumerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JoinResponse;
        })();

        v1.TransportInfo = (function() {

            /**
             * Properties of a TransportInfo.
             * @typedef {Object} skylark.v1.TransportInfo.$Properties
             * @property {string|null} [transportId] TransportInfo transportId
             * @property {skylark.v1.Direction|null} [direction] TransportInfo direction
             * @property {skylark.v1.IceParameters.$Properties|null} [iceParameters] TransportInfo iceParameters
             * @property {Array.<skylark.v1.IceCandidate.$Properties>|null} [iceCandidates] TransportInfo iceCandidates
             * @property {skylark.v1.DtlsParameters.$Properties|null} [dtlsParameters] TransportInfo dtlsParameters
             * @property {skylark.v1.SctpParameters.$Properties|null} [sctpParameters] TransportInfo sctpParameters
             * @property {boolean|null} [clientDtlsKnown] TransportInfo clientDtlsKnown
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransportInfo.
             * @memberof skylark.v1
             * @interface ITransportInfo
             * @augments skylark.v1.TransportInfo.$Properties
             * @deprecated Use skylark.v1.TransportInfo.$Properties instead.
             */

            /**
             * Shape of a TransportInfo.
             * @typedef {skylark.v1.TransportInfo.$Properties} skylark.v1.TransportInfo.$Shape
             */

            /**
             * Constructs a new TransportInfo.
             * @memberof skylark.v1
             * @classdesc Represents a TransportInfo.
             * @constructor
             * @param {skylark.v1.TransportInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransportInfo = function (properties) {
                this.iceCandidates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransportInfo transportId.
             * @member {string} transportId
             * @memberof skylark.v1.TransportInfo
             * @instance
             */
            TransportInfo.prototype.transportId = "";

            /**
             * TransportInfo direction.
             * @member {skylark.v1.Direction} direction
             * @memberof skylark.v1.TransportInfo
             * @instance
             */
            TransportInfo.prototype.direction = 0;

            /**
             * TransportInfo iceParameters.
             * @member {skylark.v1.IceParameters.$Properties|null|undefined} iceParameters
             * @memberof skylark.v1.TransportInfo
             * @instance
             */
            TransportInfo.prototype.iceParameters = null;

            /**
             * TransportInfo iceCandidates.
             * @member {Array.<skylark.v1.IceCandidate.$Properties>} iceCandidates
             * @memberof skylark.v1.TransportInfo
             * @instance
             */
            TransportInfo.prototype.iceCandidates = $util.emptyArray;

            /**
             * TransportInfo dtlsParameters.
             * @member {skylark.v1.DtlsParameters.$Properties|null|undefined} dtlsParameters
             * @memberof skylark.v1.TransportInfo
             * @instance
             */
            TransportInfo.prototype.dtlsParameters = null;

            /**
             * TransportInfo sctpParameters.
             * @member {skylark.v1.SctpParameters.$Properties|null|undefined} sctpParameters
             * @memberof skylark.v1.TransportInfo
             * @instance
             */
            TransportInfo.prototype.sctpParameters = null;

            /**
             * TransportInfo clientDtlsKnown.
             * @member {boolean} clientDtlsKnown
             * @memberof skylark.v1.TransportInfo
             * @instance
             */
            TransportInfo.prototype.clientDtlsKnown = false;

            /**
             * Creates a new TransportInfo instance using the specified properties.
             * @function create
             * @memberof skylark.v1.TransportInfo
             * @static
             * @param {skylark.v1.TransportInfo.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.TransportInfo} TransportInfo instance
             * @type {{
             *   (properties: skylark.v1.TransportInfo.$Shape): skylark.v1.TransportInfo & skylark.v1.TransportInfo.$Shape;
             *   (properties?: skylark.v1.TransportInfo.$Properties): skylark.v1.TransportInfo;
             * }}
             */
            TransportInfo.create = function(properties) {
                return new TransportInfo(properties);
            };

            /**
             * Encodes the specified TransportInfo message. Does not implicitly {@link skylark.v1.TransportInfo.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.TransportInfo
             * @static
             * @param {skylark.v1.TransportInfo.$Properties} message TransportInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransportInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transportId != null && $Object.hasOwnProperty.call(message, "transportId") && message.transportId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transportId);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.direction);
                if (message.iceParameters != null && $Object.hasOwnProperty.call(message, "iceParameters"))
                    $root.skylark.v1.IceParameters.encode(message.iceParameters, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.iceCandidates != null && message.iceCandidates.length)
                    for (let i = 0; i < message.iceCandidates.length; ++i)
                        $root.skylark.v1.IceCandidate.encode(message.iceCandidates[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.dtlsParameters != null && $Object.hasOwnProperty.call(message, "dtlsParameters"))
                    $root.skylark.v1.DtlsParameters.encode(message.dtlsParameters, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.sctpParameters != null && $Object.hasOwnProperty.call(message, "sctpParameters"))
                    $root.skylark.v1.SctpParameters.encode(message.sctpParameters, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.clientDtlsKnown != null && $Object.hasOwnProperty.call(message, "clientDtlsKnown") && message.clientDtlsKnown !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.clientDtlsKnown);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransportInfo message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.TransportInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.TransportInfo & skylark.v1.TransportInfo.$Shape} TransportInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransportInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.TransportInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transportId = value;
                            else
                                delete message.transportId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.iceParameters = $root.skylark.v1.IceParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.iceParameters);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.iceCandidates && message.iceCandidates.length))
                                message.iceCandidates = [];
                            message.iceCandidates.push($root.skylark.v1.IceCandidate.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.dtlsParameters = $root.skylark.v1.DtlsParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.dtlsParameters);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.sctpParameters = $root.skylark.v1.SctpParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.sctpParameters);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.clientDtlsKnown = value;
                            else
                                delete message.clientDtlsKnown;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TransportInfo;
        })();

        v1.RestartIceResponse = (function() {

            /**
             * Properties of a RestartIceResponse.
             * @typedef {Object} skylark.v1.RestartIceResponse.$Properties
             * @property {skylark.v1.IceParameters.$Properties|null} [iceParameters] RestartIceResponse iceParameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestartIceResponse.
             * @memberof skylark.v1
             * @interface IRestartIceResponse
             * @augments skylark.v1.RestartIceResponse.$Properties
             * @deprecated Use skylark.v1.RestartIceResponse.$Properties instead.
             */

            /**
             * Shape of a RestartIceResponse.
             * @typedef {skylark.v1.RestartIceResponse.$Properties} skylark.v1.RestartIceResponse.$Shape
             */

            /**
             * Constructs a new RestartIceResponse.
             * @memberof skylark.v1
             * @classdesc Represents a RestartIceResponse.
             * @constructor
             * @param {skylark.v1.RestartIceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestartIceResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestartIceResponse iceParameters.
             * @member {skylark.v1.IceParameters.$Properties|null|undefined} iceParameters
             * @memberof skylark.v1.RestartIceResponse
             * @instance
             */
            RestartIceResponse.prototype.iceParameters = null;

            /**
             * Creates a new RestartIceResponse instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RestartIceResponse
             * @static
             * @param {skylark.v1.RestartIceResponse.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RestartIceResponse} RestartIceResponse instance
             * @type {{
             *   (properties: skylark.v1.RestartIceResponse.$Shape): skylark.v1.RestartIceResponse & skylark.v1.RestartIceResponse.$Shape;
             *   (properties?: skylark.v1.RestartIceResponse.$Properties): skylark.v1.RestartIceResponse;
             * }}
             */
            RestartIceResponse.create = function(properties) {
                return new RestartIceResponse(properties);
            };

            /**
             * Encodes the specified RestartIceResponse message. Does not implicitly {@link skylark.v1.RestartIceResponse.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RestartIceResponse
             * @static
             * @param {skylark.v1.RestartIceResponse.$Properties} message RestartIceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestartIceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.iceParameters != null && $Object.hasOwnProperty.call(message, "iceParameters"))
                    $root.skylark.v1.IceParameters.encode(message.iceParameters, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RestartIceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RestartIceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RestartIceResponse & skylark.v1.RestartIceResponse.$Shape} RestartIceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestartIceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RestartIceResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.iceParameters = $root.skylark.v1.IceParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.iceParameters);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RestartIceResponse;
        })();

        v1.ProduceResponse = (function() {

            /**
             * Properties of a ProduceResponse.
             * @typedef {Object} skylark.v1.ProduceResponse.$Properties
             * @property {string|null} [producerId] ProduceResponse producerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceResponse.
             * @memberof skylark.v1
             * @interface IProduceResponse
             * @augments skylark.v1.ProduceResponse.$Properties
             * @deprecated Use skylark.v1.ProduceResponse.$Properties instead.
             */

            /**
             * Shape of a ProduceResponse.
             * @typedef {skylark.v1.ProduceResponse.$Properties} skylark.v1.ProduceResponse.$Shape
             */

            /**
             * Constructs a new ProduceResponse.
             * @memberof skylark.v1
             * @classdesc Represents a ProduceResponse.
             * @constructor
             * @param {skylark.v1.ProduceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceResponse producerId.
             * @member {string} producerId
             * @memberof skylark.v1.ProduceResponse
             * @instance
             */
            ProduceResponse.prototype.producerId = "";

            /**
             * Creates a new ProduceResponse instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ProduceResponse
             * @static
             * @param {skylark.v1.ProduceResponse.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ProduceResponse} ProduceResponse instance
             * @type {{
             *   (properties: skylark.v1.ProduceResponse.$Shape): skylark.v1.ProduceResponse & skylark.v1.ProduceResponse.$Shape;
             *   (properties?: skylark.v1.ProduceResponse.$Properties): skylark.v1.ProduceResponse;
             * }}
             */
            ProduceResponse.create = function(properties) {
                return new ProduceResponse(properties);
            };

            /**
             * Encodes the specified ProduceResponse message. Does not implicitly {@link skylark.v1.ProduceResponse.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ProduceResponse
             * @static
             * @param {skylark.v1.ProduceResponse.$Properties} message ProduceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.producerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ProduceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ProduceResponse & skylark.v1.ProduceResponse.$Shape} ProduceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ProduceResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ProduceResponse;
        })();

        v1.ConsumerInfo = (function() {

            /**
             * Properties of a ConsumerInfo.
             * @typedef {Object} skylark.v1.ConsumerInfo.$Properties
             * @property {string|null} [consumerId] ConsumerInfo consumerId
             * @property {string|null} [producerId] ConsumerInfo producerId
             * @property {string|null} [peerId] ConsumerInfo peerId
             * @property {string|null} [kind] ConsumerInfo kind
             * @property {skylark.v1.RtpParameters.$Properties|null} [rtpParameters] ConsumerInfo rtpParameters
             * @property {string|null} [type] ConsumerInfo type
             * @property {boolean|null} [producerPaused] ConsumerInfo producerPaused
             * @property {string|null} [source] ConsumerInfo source
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerInfo.
             * @memberof skylark.v1
             * @interface IConsumerInfo
             * @augments skylark.v1.ConsumerInfo.$Properties
             * @deprecated Use skylark.v1.ConsumerInfo.$Properties instead.
             */

            /**
             * Shape of a ConsumerInfo.
             * @typedef {{
             *   consumerId?: string|null;
             *   producerId?: string|null;
             *   peerId?: string|null;
             *   kind?: string|null;
             *   rtpParameters?: skylark.v1.RtpParameters.$Shape|null;
             *   type?: string|null;
             *   producerPaused?: boolean|null;
             *   source?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.ConsumerInfo.$Shape
             */

            /**
             * Constructs a new ConsumerInfo.
             * @memberof skylark.v1
             * @classdesc Represents a ConsumerInfo.
             * @constructor
             * @param {skylark.v1.ConsumerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerInfo consumerId.
             * @member {string} consumerId
             * @memberof skylark.v1.ConsumerInfo
             * @instance
             */
            ConsumerInfo.prototype.consumerId = "";

            /**
             * ConsumerInfo producerId.
             * @member {string} producerId
             * @memberof skylark.v1.ConsumerInfo
             * @instance
             */
            ConsumerInfo.prototype.producerId = "";

            /**
             * ConsumerInfo peerId.
             * @member {string} peerId
             * @memberof skylark.v1.ConsumerInfo
             * @instance
             */
            ConsumerInfo.prototype.peerId = "";

            /**
             * ConsumerInfo kind.
             * @member {string} kind
             * @memberof skylark.v1.ConsumerInfo
             * @instance
             */
            ConsumerInfo.prototype.kind = "";

            /**
             * ConsumerInfo rtpParameters.
             * @member {skylark.v1.RtpParameters.$Properties|null|undefined} rtpParameters
             * @memberof skylark.v1.ConsumerInfo
             * @instance
             */
            ConsumerInfo.prototype.rtpParameters = null;

            /**
             * ConsumerInfo type.
             * @member {string} type
             * @memberof skylark.v1.ConsumerInfo
             * @instance
             */
            ConsumerInfo.prototype.type = "";

            /**
             * ConsumerInfo producerPaused.
             * @member {boolean} producerPaused
             * @memberof skylark.v1.ConsumerInfo
             * @instance
             */
            ConsumerInfo.prototype.producerPaused = false;

            /**
             * ConsumerInfo source.
             * @member {string} source
             * @memberof skylark.v1.ConsumerInfo
             * @instance
             */
            ConsumerInfo.prototype.source = "";

            /**
             * Creates a new ConsumerInfo instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConsumerInfo
             * @static
             * @param {skylark.v1.ConsumerInfo.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConsumerInfo} ConsumerInfo instance
             * @type {{
             *   (properties: skylark.v1.ConsumerInfo.$Shape): skylark.v1.ConsumerInfo & skylark.v1.ConsumerInfo.$Shape;
             *   (properties?: skylark.v1.ConsumerInfo.$Properties): skylark.v1.ConsumerInfo;
             * }}
             */
            ConsumerInfo.create = function(properties) {
                return new ConsumerInfo(properties);
            };

            /**
             * Encodes the specified ConsumerInfo message. Does not implicitly {@link skylark.v1.ConsumerInfo.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConsumerInfo
             * @static
             * @param {skylark.v1.ConsumerInfo.$Properties} message ConsumerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.producerId);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.peerId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.kind);
                if (message.rtpParameters != null && $Object.hasOwnProperty.call(message, "rtpParameters"))
                    $root.skylark.v1.RtpParameters.encode(message.rtpParameters, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.type);
                if (message.producerPaused != null && $Object.hasOwnProperty.call(message, "producerPaused") && message.producerPaused !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.producerPaused);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.source);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConsumerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerInfo & skylark.v1.ConsumerInfo.$Shape} ConsumerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConsumerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rtpParameters = $root.skylark.v1.RtpParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.rtpParameters);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.producerPaused = value;
                            else
                                delete message.producerPaused;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumerInfo;
        })();

        v1.ProduceDataResponse = (function() {

            /**
             * Properties of a ProduceDataResponse.
             * @typedef {Object} skylark.v1.ProduceDataResponse.$Properties
             * @property {string|null} [dataProducerId] ProduceDataResponse dataProducerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceDataResponse.
             * @memberof skylark.v1
             * @interface IProduceDataResponse
             * @augments skylark.v1.ProduceDataResponse.$Properties
             * @deprecated Use skylark.v1.ProduceDataResponse.$Properties instead.
             */

            /**
             * Shape of a ProduceDataResponse.
             * @typedef {skylark.v1.ProduceDataResponse.$Properties} skylark.v1.ProduceDataResponse.$Shape
             */

            /**
             * Constructs a new ProduceDataResponse.
             * @memberof skylark.v1
             * @classdesc Represents a ProduceDataResponse.
             * @constructor
             * @param {skylark.v1.ProduceDataResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceDataResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceDataResponse dataProducerId.
             * @member {string} dataProducerId
             * @memberof skylark.v1.ProduceDataResponse
             * @instance
             */
            ProduceDataResponse.prototype.dataProducerId = "";

            /**
             * Creates a new ProduceDataResponse instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ProduceDataResponse
             * @static
             * @param {skylark.v1.ProduceDataResponse.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ProduceDataResponse} ProduceDataResponse instance
             * @type {{
             *   (properties: skylark.v1.ProduceDataResponse.$Shape): skylark.v1.ProduceDataResponse & skylark.v1.ProduceDataResponse.$Shape;
             *   (properties?: skylark.v1.ProduceDataResponse.$Properties): skylark.v1.ProduceDataResponse;
             * }}
             */
            ProduceDataResponse.create = function(properties) {
                return new ProduceDataResponse(properties);
            };

            /**
             * Encodes the specified ProduceDataResponse message. Does not implicitly {@link skylark.v1.ProduceDataResponse.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ProduceDataResponse
             * @static
             * @param {skylark.v1.ProduceDataResponse.$Properties} message ProduceDataResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceDataResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dataProducerId != null && $Object.hasOwnProperty.call(message, "dataProducerId") && message.dataProducerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.dataProducerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceDataResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ProduceDataResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ProduceDataResponse & skylark.v1.ProduceDataResponse.$Shape} ProduceDataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceDataResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ProduceDataResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataProducerId = value;
                            else
                                delete message.dataProducerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ProduceDataResponse;
        })();

        v1.DataConsumerInfo = (function() {

            /**
             * Properties of a DataConsumerInfo.
             * @typedef {Object} skylark.v1.DataConsumerInfo.$Properties
             * @property {string|null} [dataConsumerId] DataConsumerInfo dataConsumerId
             * @property {string|null} [dataProducerId] DataConsumerInfo dataProducerId
             * @property {string|null} [peerId] DataConsumerInfo peerId
             * @property {skylark.v1.SctpStreamParameters.$Properties|null} [sctpStreamParameters] DataConsumerInfo sctpStreamParameters
             * @property {string|null} [label] DataConsumerInfo label
             * @property {string|null} [protocol] DataConsumerInfo protocol
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataConsumerInfo.
             * @memberof skylark.v1
             * @interface IDataConsumerInfo
             * @augments skylark.v1.DataConsumerInfo.$Properties
             * @deprecated Use skylark.v1.DataConsumerInfo.$Properties instead.
             */

            /**
             * Shape of a DataConsumerInfo.
             * @typedef {skylark.v1.DataConsumerInfo.$Properties} skylark.v1.DataConsumerInfo.$Shape
             */

            /**
             * Constructs a new DataConsumerInfo.
             * @memberof skylark.v1
             * @classdesc Represents a DataConsumerInfo.
             * @constructor
             * @param {skylark.v1.DataConsumerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DataConsumerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataConsumerInfo dataConsumerId.
             * @member {string} dataConsumerId
             * @memberof skylark.v1.DataConsumerInfo
             * @instance
             */
            DataConsumerInfo.prototype.dataConsumerId = "";

            /**
             * DataConsumerInfo dataProducerId.
             * @member {string} dataProducerId
             * @memberof skylark.v1.DataConsumerInfo
             * @instance
             */
            DataConsumerInfo.prototype.dataProducerId = "";

            /**
             * DataConsumerInfo peerId.
             * @member {string} peerId
             * @memberof skylark.v1.DataConsumerInfo
             * @instance
             */
            DataConsumerInfo.prototype.peerId = "";

            /**
             * DataConsumerInfo sctpStreamParameters.
             * @member {skylark.v1.SctpStreamParameters.$Properties|null|undefined} sctpStreamParameters
             * @memberof skylark.v1.DataConsumerInfo
             * @instance
             */
            DataConsumerInfo.prototype.sctpStreamParameters = null;

            /**
             * DataConsumerInfo label.
             * @member {string} label
             * @memberof skylark.v1.DataConsumerInfo
             * @instance
             */
            DataConsumerInfo.prototype.label = "";

            /**
             * DataConsumerInfo protocol.
             * @member {string} protocol
             * @memberof skylark.v1.DataConsumerInfo
             * @instance
             */
            DataConsumerInfo.prototype.protocol = "";

            /**
             * Creates a new DataConsumerInfo instance using the specified properties.
             * @function create
             * @memberof skylark.v1.DataConsumerInfo
             * @static
             * @param {skylark.v1.DataConsumerInfo.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.DataConsumerInfo} DataConsumerInfo instance
             * @type {{
             *   (properties: skylark.v1.DataConsumerInfo.$Shape): skylark.v1.DataConsumerInfo & skylark.v1.DataConsumerInfo.$Shape;
             *   (properties?: skylark.v1.DataConsumerInfo.$Properties): skylark.v1.DataConsumerInfo;
             * }}
             */
            DataConsumerInfo.create = function(properties) {
                return new DataConsumerInfo(properties);
            };

            /**
             * Encodes the specified DataConsumerInfo message. Does not implicitly {@link skylark.v1.DataConsumerInfo.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.DataConsumerInfo
             * @static
             * @param {skylark.v1.DataConsumerInfo.$Properties} message DataConsumerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataConsumerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dataConsumerId != null && $Object.hasOwnProperty.call(message, "dataConsumerId") && message.dataConsumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.dataConsumerId);
                if (message.dataProducerId != null && $Object.hasOwnProperty.call(message, "dataProducerId") && message.dataProducerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.dataProducerId);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.peerId);
                if (message.sctpStreamParameters != null && $Object.hasOwnProperty.call(message, "sctpStreamParameters"))
                    $root.skylark.v1.SctpStreamParameters.encode(message.sctpStreamParameters, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.label);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.protocol);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DataConsumerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.DataConsumerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.DataConsumerInfo & skylark.v1.DataConsumerInfo.$Shape} DataConsumerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataConsumerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.DataConsumerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataConsumerId = value;
                            else
                                delete message.dataConsumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataProducerId = value;
                            else
                                delete message.dataProducerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.sctpStreamParameters = $root.skylark.v1.SctpStreamParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.sctpStreamParameters);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DataConsumerInfo;
        })();

        v1.PlainTransportInfo = (function() {

            /**
             * Properties of a PlainTransportInfo.
             * @typedef {Object} skylark.v1.PlainTransportInfo.$Properties
             * @property {string|null} [transportId] PlainTransportInfo transportId
             * @property {skylark.v1.Direction|null} [direction] PlainTransportInfo direction
             * @property {string|null} [ip] PlainTransportInfo ip
             * @property {number|null} [port] PlainTransportInfo port
             * @property {skylark.v1.SrtpParameters.$Properties|null} [srtpParameters] PlainTransportInfo srtpParameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlainTransportInfo.
             * @memberof skylark.v1
             * @interface IPlainTransportInfo
             * @augments skylark.v1.PlainTransportInfo.$Properties
             * @deprecated Use skylark.v1.PlainTransportInfo.$Properties instead.
             */

            /**
             * Shape of a PlainTransportInfo.
             * @typedef {skylark.v1.PlainTransportInfo.$Properties} skylark.v1.PlainTransportInfo.$Shape
             */

            /**
             * Constructs a new PlainTransportInfo.
             * @memberof skylark.v1
             * @classdesc Represents a PlainTransportInfo.
             * @constructor
             * @param {skylark.v1.PlainTransportInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlainTransportInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlainTransportInfo transportId.
             * @member {string} transportId
             * @memberof skylark.v1.PlainTransportInfo
             * @instance
             */
            PlainTransportInfo.prototype.transportId = "";

            /**
             * PlainTransportInfo direction.
             * @member {skylark.v1.Direction} direction
             * @memberof skylark.v1.PlainTransportInfo
             * @instance
             */
            PlainTransportInfo.prototype.direction = 0;

            /**
             * PlainTransportInfo ip.
             * @member {string} ip
             * @memberof skylark.v1.PlainTransportInfo
             * @instance
             */
            PlainTransportInfo.prototype.ip = "";

            /**
             * PlainTransportInfo port.
             * @member {number} port
             * @memberof skylark.v1.PlainTransportInfo
             * @instance
             */
            PlainTransportInfo.prototype.port = 0;

            /**
             * PlainTransportInfo srtpParameters.
             * @member {skylark.v1.SrtpParameters.$Properties|null|undefined} srtpParameters
             * @memberof skylark.v1.PlainTransportInfo
             * @instance
             */
            PlainTransportInfo.prototype.srtpParameters = null;

            /**
             * Creates a new PlainTransportInfo instance using the specified properties.
             * @function create
             * @memberof skylark.v1.PlainTransportInfo
             * @static
             * @param {skylark.v1.PlainTransportInfo.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.PlainTransportInfo} PlainTransportInfo instance
             * @type {{
             *   (properties: skylark.v1.PlainTransportInfo.$Shape): skylark.v1.PlainTransportInfo & skylark.v1.PlainTransportInfo.$Shape;
             *   (properties?: skylark.v1.PlainTransportInfo.$Properties): skylark.v1.PlainTransportInfo;
             * }}
             */
            PlainTransportInfo.create = function(properties) {
                return new PlainTransportInfo(properties);
            };

            /**
             * Encodes the specified PlainTransportInfo message. Does not implicitly {@link skylark.v1.PlainTransportInfo.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.PlainTransportInfo
             * @static
             * @param {skylark.v1.PlainTransportInfo.$Properties} message PlainTransportInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlainTransportInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transportId != null && $Object.hasOwnProperty.call(message, "transportId") && message.transportId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transportId);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.direction);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ip);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.port);
                if (message.srtpParameters != null && $Object.hasOwnProperty.call(message, "srtpParameters"))
                    $root.skylark.v1.SrtpParameters.encode(message.srtpParameters, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlainTransportInfo message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.PlainTransportInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.PlainTransportInfo & skylark.v1.PlainTransportInfo.$Shape} PlainTransportInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlainTransportInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.PlainTransportInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transportId = value;
                            else
                                delete message.transportId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.srtpParameters = $root.skylark.v1.SrtpParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.srtpParameters);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PlainTransportInfo;
        })();

        v1.ResumeResponse = (function() {

            /**
             * Properties of a ResumeResponse.
             * @typedef {Object} skylark.v1.ResumeResponse.$Properties
             * @property {string|null} [peerId] ResumeResponse peerId
             * @property {string|null} [roomId] ResumeResponse roomId
             * @property {boolean|null} [complete] ResumeResponse complete
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResumeResponse.
             * @memberof skylark.v1
             * @interface IResumeResponse
             * @augments skylark.v1.ResumeResponse.$Properties
             * @deprecated Use skylark.v1.ResumeResponse.$Properties instead.
             */

            /**
             * Shape of a ResumeResponse.
             * @typedef {skylark.v1.ResumeResponse.$Properties} skylark.v1.ResumeResponse.$Shape
             */

            /**
             * Constructs a new ResumeResponse.
             * @memberof skylark.v1
             * @classdesc Represents a ResumeResponse.
             * @constructor
             * @param {skylark.v1.ResumeResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResumeResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResumeResponse peerId.
             * @member {string} peerId
             * @memberof skylark.v1.ResumeResponse
             * @instance
             */
            ResumeResponse.prototype.peerId = "";

            /**
             * ResumeResponse roomId.
             * @member {string} roomId
             * @memberof skylark.v1.ResumeResponse
             * @instance
             */
            ResumeResponse.prototype.roomId = "";

            /**
             * ResumeResponse complete.
             * @member {boolean} complete
             * @memberof skylark.v1.ResumeResponse
             * @instance
             */
            ResumeResponse.prototype.complete = false;

            /**
             * Creates a new ResumeResponse instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ResumeResponse
             * @static
             * @param {skylark.v1.ResumeResponse.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ResumeResponse} ResumeResponse instance
             * @type {{
             *   (properties: skylark.v1.ResumeResponse.$Shape): skylark.v1.ResumeResponse & skylark.v1.ResumeResponse.$Shape;
             *   (properties?: skylark.v1.ResumeResponse.$Properties): skylark.v1.ResumeResponse;
             * }}
             */
            ResumeResponse.create = function(properties) {
                return new ResumeResponse(properties);
            };

            /**
             * Encodes the specified ResumeResponse message. Does not implicitly {@link skylark.v1.ResumeResponse.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ResumeResponse
             * @static
             * @param {skylark.v1.ResumeResponse.$Properties} message ResumeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResumeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.roomId != null && $Object.hasOwnProperty.call(message, "roomId") && message.roomId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.roomId);
                if (message.complete != null && $Object.hasOwnProperty.call(message, "complete") && message.complete !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.complete);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResumeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ResumeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ResumeResponse & skylark.v1.ResumeResponse.$Shape} ResumeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResumeResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ResumeResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.roomId = value;
                            else
                                delete message.roomId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.complete = value;
                            else
                                delete message.complete;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ResumeResponse;
        })();

        v1.JoinRedirect = (function() {

            /**
             * Properties of a JoinRedirect.
             * @typedef {Object} skylark.v1.JoinRedirect.$Properties
             * @property {string|null} [url] JoinRedirect url
             * @property {string|null} [ticket] JoinRedirect ticket
             * @property {string|null} [nodeId] JoinRedirect nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinRedirect.
             * @memberof skylark.v1
             * @interface IJoinRedirect
             * @augments skylark.v1.JoinRedirect.$Properties
             * @deprecated Use skylark.v1.JoinRedirect.$Properties instead.
             */

            /**
             * Shape of a JoinRedirect.
             * @typedef {skylark.v1.JoinRedirect.$Properties} skylark.v1.JoinRedirect.$Shape
             */

            /**
             * Constructs a new JoinRedirect.
             * @memberof skylark.v1
             * @classdesc Represents a JoinRedirect.
             * @constructor
             * @param {skylark.v1.JoinRedirect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinRedirect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinRedirect url.
             * @member {string} url
             * @memberof skylark.v1.JoinRedirect
             * @instance
             */
            JoinRedirect.prototype.url = "";

            /**
             * JoinRedirect ticket.
             * @member {string} ticket
             * @memberof skylark.v1.JoinRedirect
             * @instance
             */
            JoinRedirect.prototype.ticket = "";

            /**
             * JoinRedirect nodeId.
             * @member {string} nodeId
             * @memberof skylark.v1.JoinRedirect
             * @instance
             */
            JoinRedirect.prototype.nodeId = "";

            /**
             * Creates a new JoinRedirect instance using the specified properties.
             * @function create
             * @memberof skylark.v1.JoinRedirect
             * @static
             * @param {skylark.v1.JoinRedirect.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.JoinRedirect} JoinRedirect instance
             * @type {{
             *   (properties: skylark.v1.JoinRedirect.$Shape): skylark.v1.JoinRedirect & skylark.v1.JoinRedirect.$Shape;
             *   (properties?: skylark.v1.JoinRedirect.$Properties): skylark.v1.JoinRedirect;
             * }}
             */
            JoinRedirect.create = function(properties) {
                return new JoinRedirect(properties);
            };

            /**
             * Encodes the specified JoinRedirect message. Does not implicitly {@link skylark.v1.JoinRedirect.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.JoinRedirect
             * @static
             * @param {skylark.v1.JoinRedirect.$Properties} message JoinRedirect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRedirect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.url);
                if (message.ticket != null && $Object.hasOwnProperty.call(message, "ticket") && message.ticket !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ticket);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinRedirect message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.JoinRedirect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.JoinRedirect & skylark.v1.JoinRedirect.$Shape} JoinRedirect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRedirect.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.JoinRedirect();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ticket = value;
                            else
                                delete message.ticket;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return JoinRedirect;
        })();

        v1.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} skylark.v1.Response.$Properties
             * @property {number|null} [id] Response id
             * @property {skylark.v1.Error.$Properties|null} [error] Response error
             * @property {skylark.v1.Ok.$Properties|null} [ok] Response ok
             * @property {skylark.v1.JoinResponse.$Properties|null} [join] Response join
             * @property {skylark.v1.TransportInfo.$Properties|null} [transport] Response transport
             * @property {skylark.v1.RestartIceResponse.$Properties|null} [restartIce] Response restartIce
             * @property {skylark.v1.ProduceResponse.$Properties|null} [produce] Response produce
             * @property {skylark.v1.ConsumerInfo.$Properties|null} [consumer] Response consumer
             * @property {skylark.v1.ProduceDataResponse.$Properties|null} [produceData] Response produceData
             * @property {skylark.v1.DataConsumerInfo.$Properties|null} [dataConsumer] Response dataConsumer
             * @property {skylark.v1.PlainTransportInfo.$Properties|null} [plainTransport] Response plainTransport
             * @property {skylark.v1.ResumeResponse.$Properties|null} [resume] Response resume
             * @property {skylark.v1.JoinRedirect.$Properties|null} [redirect] Response redirect
             * @property {"error"|"ok"|"join"|"transport"|"restartIce"|"produce"|"consumer"|"produceData"|"dataConsumer"|"plainTransport"|"resume"|"redirect"} [result] Response result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof skylark.v1
             * @interface IResponse
             * @augments skylark.v1.Response.$Properties
             * @deprecated Use skylark.v1.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   id?: number|null;
             *   error?: skylark.v1.Error.$Shape|null;
             *   ok?: skylark.v1.Ok.$Shape|null;
             *   join?: skylark.v1.JoinResponse.$Shape|null;
             *   transport?: skylark.v1.TransportInfo.$Shape|null;
             *   restartIce?: skylark.v1.RestartIceResponse.$Shape|null;
             *   produce?: skylark.v1.ProduceResponse.$Shape|null;
             *   consumer?: skylark.v1.ConsumerInfo.$Shape|null;
             *   produceData?: skylark.v1.ProduceDataResponse.$Shape|null;
             *   dataConsumer?: skylark.v1.DataConsumerInfo.$Shape|null;
             *   plainTransport?: skylark.v1.PlainTransportInfo.$Shape|null;
             *   resume?: skylark.v1.ResumeResponse.$Shape|null;
             *   redirect?: skylark.v1.JoinRedirect.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "error"; error: skylark.v1.Error.$Shape; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "ok"; error?: null; ok: skylark.v1.Ok.$Shape; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "join"; error?: null; ok?: null; join: skylark.v1.JoinResponse.$Shape; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "transport"; error?: null; ok?: null; join?: null; transport: skylark.v1.TransportInfo.$Shape; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "restartIce"; error?: null; ok?: null; join?: null; transport?: null; restartIce: skylark.v1.RestartIceResponse.$Shape; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "produce"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce: skylark.v1.ProduceResponse.$Shape; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "consumer"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer: skylark.v1.ConsumerInfo.$Shape; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "produceData"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData: skylark.v1.ProduceDataResponse.$Shape; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "dataConsumer"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer: skylark.v1.DataConsumerInfo.$Shape; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "plainTransport"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport: skylark.v1.PlainTransportInfo.$Shape; resume?: null; redirect?: null }|{ result?: "resume"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume: skylark.v1.ResumeResponse.$Shape; redirect?: null }|{ result?: "redirect"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect: skylark.v1.JoinRedirect.$Shape })
             * )} skylark.v1.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof skylark.v1
             * @classdesc Represents a Response.
             * @constructor
             * @param {skylark.v1.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response id.
             * @member {number} id
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.id = 0;

            /**
             * Response error.
             * @member {skylark.v1.Error.$Properties|null|undefined} error
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.error = null;

            /**
             * Response ok.
             * @member {skylark.v1.Ok.$Properties|null|undefined} ok
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.ok = null;

            /**
             * Response join.
             * @member {skylark.v1.JoinResponse.$Properties|null|undefined} join
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.join = null;

            /**
             * Response transport.
             * @member {skylark.v1.TransportInfo.$Properties|null|undefined} transport
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.transport = null;

            /**
             * Response restartIce.
             * @member {skylark.v1.RestartIceResponse.$Properties|null|undefined} restartIce
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.restartIce = null;

            /**
             * Response produce.
             * @member {skylark.v1.ProduceResponse.$Properties|null|undefined} produce
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.produce = null;

            /**
             * Response consumer.
             * @member {skylark.v1.ConsumerInfo.$Properties|null|undefined} consumer
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.consumer = null;

            /**
             * Response produceData.
             * @member {skylark.v1.ProduceDataResponse.$Properties|null|undefined} produceData
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.produceData = null;

            /**
             * Response dataConsumer.
             * @member {skylark.v1.DataConsumerInfo.$Properties|null|undefined} dataConsumer
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.dataConsumer = null;

            /**
             * Response plainTransport.
             * @member {skylark.v1.PlainTransportInfo.$Properties|null|undefined} plainTransport
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.plainTransport = null;

            /**
             * Response resume.
             * @member {skylark.v1.ResumeResponse.$Properties|null|undefined} resume
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.resume = null;

            /**
             * Response redirect.
             * @member {skylark.v1.JoinRedirect.$Properties|null|undefined} redirect
             * @memberof skylark.v1.Response
             * @instance
             */
            Response.prototype.redirect = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response result.
             * @member {"error"|"ok"|"join"|"transport"|"restartIce"|"produce"|"consumer"|"produceData"|"dataConsumer"|"plainTransport"|"resume"|"redirect"|undefined} result
             * @memberof skylark.v1.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["error", "ok", "join", "transport", "restartIce", "produce", "consumer", "produceData", "dataConsumer", "plainTransport", "resume", "redirect"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof skylark.v1.Response
             * @static
             * @param {skylark.v1.Response.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.Response} Response instance
             * @type {{
             *   (properties: skylark.v1.Response.$Shape): skylark.v1.Response & skylark.v1.Response.$Shape;
             *   (properties?: skylark.v1.Response.$Properties): skylark.v1.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link skylark.v1.Response.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.Response
             * @static
             * @param {skylark.v1.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skylark.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.skylark.v1.Ok.encode(message.ok, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                    $root.skylark.v1.JoinResponse.encode(message.join, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    $root.skylark.v1.TransportInfo.encode(message.transport, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.restartIce != null && $Object.hasOwnProperty.call(message, "restartIce"))
                    $root.skylark.v1.RestartIceResponse.encode(message.restartIce, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.produce != null && $Object.hasOwnProperty.call(message, "produce"))
                    $root.skylark.v1.ProduceResponse.encode(message.produce, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    $root.skylark.v1.ConsumerInfo.encode(message.consumer, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.produceData != null && $Object.hasOwnProperty.call(message, "produceData"))
                    $root.skylark.v1.ProduceDataResponse.encode(message.produceData, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.dataConsumer != null && $Object.hasOwnProperty.call(message, "dataConsumer"))
                    $root.skylark.v1.DataConsumerInfo.encode(message.dataConsumer, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.plainTransport != null && $Object.hasOwnProperty.call(message, "plainTransport"))
                    $root.skylark.v1.PlainTransportInfo.encode(message.plainTransport, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume"))
                    $root.skylark.v1.ResumeResponse.encode(message.resume, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.redirect != null && $Object.hasOwnProperty.call(message, "redirect"))
                    $root.skylark.v1.JoinRedirect.encode(message.redirect, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.Response & skylark.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.Response();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skylark.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.skylark.v1.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.result = "ok";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.join = $root.skylark.v1.JoinResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                            message.result = "join";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.transport = $root.skylark.v1.TransportInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.transport);
                            message.result = "transport";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.restartIce = $root.skylark.v1.RestartIceResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.restartIce);
                            message.result = "restartIce";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.produce = $root.skylark.v1.ProduceResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.produce);
                            message.result = "produce";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.consumer = $root.skylark.v1.ConsumerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.consumer);
                            message.result = "consumer";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.produceData = $root.skylark.v1.ProduceDataResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.produceData);
                            message.result = "produceData";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.dataConsumer = $root.skylark.v1.DataConsumerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.dataConsumer);
                            message.result = "dataConsumer";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.plainTransport = $root.skylark.v1.PlainTransportInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.plainTransport);
                            message.result = "plainTransport";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.resume = $root.skylark.v1.ResumeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.resume);
                            message.result = "resume";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.redirect = $root.skylark.v1.JoinRedirect.decode(reader, reader.size(), $undefined, _depth + 1, message.redirect);
                            message.result = "redirect";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Response;
        })();

        v1.PeerJoined = (function() {

            /**
             * Properties of a PeerJoined.
             * @typedef {Object} skylark.v1.PeerJoined.$Properties
             * @property {skylark.v1.PeerInfo.$Properties|null} [peer] PeerJoined peer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerJoined.
             * @memberof skylark.v1
             * @interface IPeerJoined
             * @augments skylark.v1.PeerJoined.$Properties
             * @deprecated Use skylark.v1.PeerJoined.$Properties instead.
             */

            /**
             * Shape of a PeerJoined.
             * @typedef {skylark.v1.PeerJoined.$Properties} skylark.v1.PeerJoined.$Shape
             */

            /**
             * Constructs a new PeerJoined.
             * @memberof skylark.v1
             * @classdesc Represents a PeerJoined.
             * @constructor
             * @param {skylark.v1.PeerJoined.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerJoined = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerJoined peer.
             * @member {skylark.v1.PeerInfo.$Properties|null|undefined} peer
             * @memberof skylark.v1.PeerJoined
             * @instance
             */
            PeerJoined.prototype.peer = null;

            /**
             * Creates a new PeerJoined instance using the specified properties.
             * @function create
             * @memberof skylark.v1.PeerJoined
             * @static
             * @param {skylark.v1.PeerJoined.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.PeerJoined} PeerJoined instance
             * @type {{
             *   (properties: skylark.v1.PeerJoined.$Shape): skylark.v1.PeerJoined & skylark.v1.PeerJoined.$Shape;
             *   (properties?: skylark.v1.PeerJoined.$Properties): skylark.v1.PeerJoined;
             * }}
             */
            PeerJoined.create = function(properties) {
                return new PeerJoined(properties);
            };

            /**
             * Encodes the specified PeerJoined message. Does not implicitly {@link skylark.v1.PeerJoined.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.PeerJoined
             * @static
             * @param {skylark.v1.PeerJoined.$Properties} message PeerJoined message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerJoined.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer"))
                    $root.skylark.v1.PeerInfo.encode(message.peer, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerJoined message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.PeerJoined
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.PeerJoined & skylark.v1.PeerJoined.$Shape} PeerJoined
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerJoined.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.PeerJoined();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.peer = $root.skylark.v1.PeerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.peer);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PeerJoined;
        })();

        v1.PeerLeft = (function() {

            /**
             * Properties of a PeerLeft.
             * @typedef {Object} skylark.v1.PeerLeft.$Properties
             * @property {string|null} [peerId] PeerLeft peerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerLeft.
             * @memberof skylark.v1
             * @interface IPeerLeft
             * @augments skylark.v1.PeerLeft.$Properties
             * @deprecated Use skylark.v1.PeerLeft.$Properties instead.
             */

            /**
             * Shape of a PeerLeft.
             * @typedef {skylark.v1.PeerLeft.$Properties} skylark.v1.PeerLeft.$Shape
             */

            /**
             * Constructs a new PeerLeft.
             * @memberof skylark.v1
             * @classdesc Represents a PeerLeft.
             * @constructor
             * @param {skylark.v1.PeerLeft.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerLeft = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerLeft peerId.
             * @member {string} peerId
             * @memberof skylark.v1.PeerLeft
             * @instance
             */
            PeerLeft.prototype.peerId = "";

            /**
             * Creates a new PeerLeft instance using the specified properties.
             * @function create
             * @memberof skylark.v1.PeerLeft
             * @static
             * @param {skylark.v1.PeerLeft.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.PeerLeft} PeerLeft instance
             * @type {{
             *   (properties: skylark.v1.PeerLeft.$Shape): skylark.v1.PeerLeft & skylark.v1.PeerLeft.$Shape;
             *   (properties?: skylark.v1.PeerLeft.$Properties): skylark.v1.PeerLeft;
             * }}
             */
            PeerLeft.create = function(properties) {
                return new PeerLeft(properties);
            };

            /**
             * Encodes the specified PeerLeft message. Does not implicitly {@link skylark.v1.PeerLeft.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.PeerLeft
             * @static
             * @param {skylark.v1.PeerLeft.$Properties} message PeerLeft message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerLeft.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerLeft message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.PeerLeft
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.PeerLeft & skylark.v1.PeerLeft.$Shape} PeerLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerLeft.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.PeerLeft();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PeerLeft;
        })();

        v1.NewProducer = (function() {

            /**
             * Properties of a NewProducer.
             * @typedef {Object} skylark.v1.NewProducer.$Properties
             * @property {string|null} [peerId] NewProducer peerId
             * @property {skylark.v1.ProducerInfo.$Properties|null} [producer] NewProducer producer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NewProducer.
             * @memberof skylark.v1
             * @interface INewProducer
             * @augments skylark.v1.NewProducer.$Properties
             * @deprecated Use skylark.v1.NewProducer.$Properties instead.
             */

            /**
             * Shape of a NewProducer.
             * @typedef {skylark.v1.NewProducer.$Properties} skylark.v1.NewProducer.$Shape
             */

            /**
             * Constructs a new NewProducer.
             * @memberof skylark.v1
             * @classdesc Represents a NewProducer.
             * @constructor
             * @param {skylark.v1.NewProducer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NewProducer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NewProducer peerId.
             * @member {string} peerId
             * @memberof skylark.v1.NewProducer
             * @instance
             */
            NewProducer.prototype.peerId = "";

            /**
             * NewProducer producer.
             * @member {skylark.v1.ProducerInfo.$Properties|null|undefined} producer
             * @memberof skylark.v1.NewProducer
             * @instance
             */
            NewProducer.prototype.producer = null;

            /**
             * Creates a new NewProducer instance using the specified properties.
             * @function create
             * @memberof skylark.v1.NewProducer
             * @static
             * @param {skylark.v1.NewProducer.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.NewProducer} NewProducer instance
             * @type {{
             *   (properties: skylark.v1.NewProducer.$Shape): skylark.v1.NewProducer & skylark.v1.NewProducer.$Shape;
             *   (properties?: skylark.v1.NewProducer.$Properties): skylark.v1.NewProducer;
             * }}
             */
            NewProducer.create = function(properties) {
                return new NewProducer(properties);
            };

            /**
             * Encodes the specified NewProducer message. Does not implicitly {@link skylark.v1.NewProducer.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.NewProducer
             * @static
             * @param {skylark.v1.NewProducer.$Properties} message NewProducer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NewProducer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.producer != null && $Object.hasOwnProperty.call(message, "producer"))
                    $root.skylark.v1.ProducerInfo.encode(message.producer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NewProducer message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.NewProducer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.NewProducer & skylark.v1.NewProducer.$Shape} NewProducer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NewProducer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.NewProducer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.producer = $root.skylark.v1.ProducerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.producer);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NewProducer;
        })();

        v1.ProducerEvent = (function() {

            /**
             * Properties of a ProducerEvent.
             * @typedef {Object} skylark.v1.ProducerEvent.$Properties
             * @property {string|null} [peerId] ProducerEvent peerId
             * @property {string|null} [producerId] ProducerEvent producerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducerEvent.
             * @memberof skylark.v1
             * @interface IProducerEvent
             * @augments skylark.v1.ProducerEvent.$Properties
             * @deprecated Use skylark.v1.ProducerEvent.$Properties instead.
             */

            /**
             * Shape of a ProducerEvent.
             * @typedef {skylark.v1.ProducerEvent.$Properties} skylark.v1.ProducerEvent.$Shape
             */

            /**
             * Constructs a new ProducerEvent.
             * @memberof skylark.v1
             * @classdesc Represents a ProducerEvent.
             * @constructor
             * @param {skylark.v1.ProducerEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProducerEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProducerEvent peerId.
             * @member {string} peerId
             * @memberof skylark.v1.ProducerEvent
             * @instance
             */
            ProducerEvent.prototype.peerId = "";

            /**
             * ProducerEvent producerId.
             * @member {string} producerId
             * @memberof skylark.v1.ProducerEvent
             * @instance
             */
            ProducerEvent.prototype.producerId = "";

            /**
             * Creates a new ProducerEvent instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ProducerEvent
             * @static
             * @param {skylark.v1.ProducerEvent.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ProducerEvent} ProducerEvent instance
             * @type {{
             *   (properties: skylark.v1.ProducerEvent.$Shape): skylark.v1.ProducerEvent & skylark.v1.ProducerEvent.$Shape;
             *   (properties?: skylark.v1.ProducerEvent.$Properties): skylark.v1.ProducerEvent;
             * }}
             */
            ProducerEvent.create = function(properties) {
                return new ProducerEvent(properties);
            };

            /**
             * Encodes the specified ProducerEvent message. Does not implicitly {@link skylark.v1.ProducerEvent.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ProducerEvent
             * @static
             * @param {skylark.v1.ProducerEvent.$Properties} message ProducerEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducerEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.producerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProducerEvent message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ProducerEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ProducerEvent & skylark.v1.ProducerEvent.$Shape} ProducerEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducerEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ProducerEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ProducerEvent;
        })();

        v1.ConsumerClosed = (function() {

            /**
             * Properties of a ConsumerClosed.
             * @typedef {Object} skylark.v1.ConsumerClosed.$Properties
             * @property {string|null} [consumerId] ConsumerClosed consumerId
             * @property {string|null} [reason] ConsumerClosed reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerClosed.
             * @memberof skylark.v1
             * @interface IConsumerClosed
             * @augments skylark.v1.ConsumerClosed.$Properties
             * @deprecated Use skylark.v1.ConsumerClosed.$Properties instead.
             */

            /**
             * Shape of a ConsumerClosed.
             * @typedef {skylark.v1.ConsumerClosed.$Properties} skylark.v1.ConsumerClosed.$Shape
             */

            /**
             * Constructs a new ConsumerClosed.
             * @memberof skylark.v1
             * @classdesc Represents a ConsumerClosed.
             * @constructor
             * @param {skylark.v1.ConsumerClosed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerClosed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerClosed consumerId.
             * @member {string} consumerId
             * @memberof skylark.v1.ConsumerClosed
             * @instance
             */
            ConsumerClosed.prototype.consumerId = "";

            /**
             * ConsumerClosed reason.
             * @member {string} reason
             * @memberof skylark.v1.ConsumerClosed
             * @instance
             */
            ConsumerClosed.prototype.reason = "";

            /**
             * Creates a new ConsumerClosed instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConsumerClosed
             * @static
             * @param {skylark.v1.ConsumerClosed.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConsumerClosed} ConsumerClosed instance
             * @type {{
             *   (properties: skylark.v1.ConsumerClosed.$Shape): skylark.v1.ConsumerClosed & skylark.v1.ConsumerClosed.$Shape;
             *   (properties?: skylark.v1.ConsumerClosed.$Properties): skylark.v1.ConsumerClosed;
             * }}
             */
            ConsumerClosed.create = function(properties) {
                return new ConsumerClosed(properties);
            };

            /**
             * Encodes the specified ConsumerClosed message. Does not implicitly {@link skylark.v1.ConsumerClosed.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConsumerClosed
             * @static
             * @param {skylark.v1.ConsumerClosed.$Properties} message ConsumerClosed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerClosed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerClosed message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConsumerClosed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerClosed & skylark.v1.ConsumerClosed.$Shape} ConsumerClosed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerClosed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConsumerClosed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumerClosed;
        })();

        v1.ConsumerLayersChanged = (function() {

            /**
             * Properties of a ConsumerLayersChanged.
             * @typedef {Object} skylark.v1.ConsumerLayersChanged.$Properties
             * @property {string|null} [consumerId] ConsumerLayersChanged consumerId
             * @property {number|null} [spatialLayer] ConsumerLayersChanged spatialLayer
             * @property {number|null} [temporalLayer] ConsumerLayersChanged temporalLayer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerLayersChanged.
             * @memberof skylark.v1
             * @interface IConsumerLayersChanged
             * @augments skylark.v1.ConsumerLayersChanged.$Properties
             * @deprecated Use skylark.v1.ConsumerLayersChanged.$Properties instead.
             */

            /**
             * Shape of a ConsumerLayersChanged.
             * @typedef {skylark.v1.ConsumerLayersChanged.$Properties} skylark.v1.ConsumerLayersChanged.$Shape
             */

            /**
             * Constructs a new ConsumerLayersChanged.
             * @memberof skylark.v1
             * @classdesc Represents a ConsumerLayersChanged.
             * @constructor
             * @param {skylark.v1.ConsumerLayersChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerLayersChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerLayersChanged consumerId.
             * @member {string} consumerId
             * @memberof skylark.v1.ConsumerLayersChanged
             * @instance
             */
            ConsumerLayersChanged.prototype.consumerId = "";

            /**
             * ConsumerLayersChanged spatialLayer.
             * @member {number|null|undefined} spatialLayer
             * @memberof skylark.v1.ConsumerLayersChanged
             * @instance
             */
            ConsumerLayersChanged.prototype.spatialLayer = null;

            /**
             * ConsumerLayersChanged temporalLayer.
             * @member {number|null|undefined} temporalLayer
             * @memberof skylark.v1.ConsumerLayersChanged
             * @instance
             */
            ConsumerLayersChanged.prototype.temporalLayer = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerLayersChanged.prototype, "_spatialLayer", {
                get: $util.oneOfGetter($oneOfFields = ["spatialLayer"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerLayersChanged.prototype, "_temporalLayer", {
                get: $util.oneOfGetter($oneOfFields = ["temporalLayer"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ConsumerLayersChanged instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConsumerLayersChanged
             * @static
             * @param {skylark.v1.ConsumerLayersChanged.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConsumerLayersChanged} ConsumerLayersChanged instance
             * @type {{
             *   (properties: skylark.v1.ConsumerLayersChanged.$Shape): skylark.v1.ConsumerLayersChanged & skylark.v1.ConsumerLayersChanged.$Shape;
             *   (properties?: skylark.v1.ConsumerLayersChanged.$Properties): skylark.v1.ConsumerLayersChanged;
             * }}
             */
            ConsumerLayersChanged.create = function(properties) {
                return new ConsumerLayersChanged(properties);
            };

            /**
             * Encodes the specified ConsumerLayersChanged message. Does not implicitly {@link skylark.v1.ConsumerLayersChanged.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConsumerLayersChanged
             * @static
             * @param {skylark.v1.ConsumerLayersChanged.$Properties} message ConsumerLayersChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerLayersChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.spatialLayer != null && $Object.hasOwnProperty.call(message, "spatialLayer"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.spatialLayer);
                if (message.temporalLayer != null && $Object.hasOwnProperty.call(message, "temporalLayer"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.temporalLayer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerLayersChanged message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConsumerLayersChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerLayersChanged & skylark.v1.ConsumerLayersChanged.$Shape} ConsumerLayersChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerLayersChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConsumerLayersChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.spatialLayer = reader.uint32();
                            message._spatialLayer = "spatialLayer";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.temporalLayer = reader.uint32();
                            message._temporalLayer = "temporalLayer";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumerLayersChanged;
        })();

        v1.ConsumerScore = (function() {

            /**
             * Properties of a ConsumerScore.
             * @typedef {Object} skylark.v1.ConsumerScore.$Properties
             * @property {string|null} [consumerId] ConsumerScore consumerId
             * @property {number|null} [score] ConsumerScore score
             * @property {number|null} [producerScore] ConsumerScore producerScore
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerScore.
             * @memberof skylark.v1
             * @interface IConsumerScore
             * @augments skylark.v1.ConsumerScore.$Properties
             * @deprecated Use skylark.v1.ConsumerScore.$Properties instead.
             */

            /**
             * Shape of a ConsumerScore.
             * @typedef {skylark.v1.ConsumerScore.$Properties} skylark.v1.ConsumerScore.$Shape
             */

            /**
             * Constructs a new ConsumerScore.
             * @memberof skylark.v1
             * @classdesc Represents a ConsumerScore.
             * @constructor
             * @param {skylark.v1.ConsumerScore.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerScore = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerScore consumerId.
             * @member {string} consumerId
             * @memberof skylark.v1.ConsumerScore
             * @instance
             */
            ConsumerScore.prototype.consumerId = "";

            /**
             * ConsumerScore score.
             * @member {number} score
             * @memberof skylark.v1.ConsumerScore
             * @instance
             */
            ConsumerScore.prototype.score = 0;

            /**
             * ConsumerScore producerScore.
             * @member {number} producerScore
             * @memberof skylark.v1.ConsumerScore
             * @instance
             */
            ConsumerScore.prototype.producerScore = 0;

            /**
             * Creates a new ConsumerScore instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConsumerScore
             * @static
             * @param {skylark.v1.ConsumerScore.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConsumerScore} ConsumerScore instance
             * @type {{
             *   (properties: skylark.v1.ConsumerScore.$Shape): skylark.v1.ConsumerScore & skylark.v1.ConsumerScore.$Shape;
             *   (properties?: skylark.v1.ConsumerScore.$Properties): skylark.v1.ConsumerScore;
             * }}
             */
            ConsumerScore.create = function(properties) {
                return new ConsumerScore(properties);
            };

            /**
             * Encodes the specified ConsumerScore message. Does not implicitly {@link skylark.v1.ConsumerScore.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConsumerScore
             * @static
             * @param {skylark.v1.ConsumerScore.$Properties} message ConsumerScore message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerScore.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && message.score !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.score);
                if (message.producerScore != null && $Object.hasOwnProperty.call(message, "producerScore") && message.producerScore !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.producerScore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerScore message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConsumerScore
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerScore & skylark.v1.ConsumerScore.$Shape} ConsumerScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerScore.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConsumerScore();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.producerScore = value;
                            else
                                delete message.producerScore;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConsumerScore;
        })();

        v1.ActiveSpeaker = (function() {

            /**
             * Properties of an ActiveSpeaker.
             * @typedef {Object} skylark.v1.ActiveSpeaker.$Properties
             * @property {string|null} [peerId] ActiveSpeaker peerId
             * @property {string|null} [producerId] ActiveSpeaker producerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActiveSpeaker.
             * @memberof skylark.v1
             * @interface IActiveSpeaker
             * @augments skylark.v1.ActiveSpeaker.$Properties
             * @deprecated Use skylark.v1.ActiveSpeaker.$Properties instead.
             */

            /**
             * Shape of an ActiveSpeaker.
             * @typedef {skylark.v1.ActiveSpeaker.$Properties} skylark.v1.ActiveSpeaker.$Shape
             */

            /**
             * Constructs a new ActiveSpeaker.
             * @memberof skylark.v1
             * @classdesc Represents an ActiveSpeaker.
             * @constructor
             * @param {skylark.v1.ActiveSpeaker.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ActiveSpeaker = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ActiveSpeaker peerId.
             * @member {string} peerId
             * @memberof skylark.v1.ActiveSpeaker
             * @instance
             */
            ActiveSpeaker.prototype.peerId = "";

            /**
             * ActiveSpeaker producerId.
             * @member {string} producerId
             * @memberof skylark.v1.ActiveSpeaker
             * @instance
             */
            ActiveSpeaker.prototype.producerId = "";

            /**
             * Creates a new ActiveSpeaker instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ActiveSpeaker
             * @static
             * @param {skylark.v1.ActiveSpeaker.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ActiveSpeaker} ActiveSpeaker instance
             * @type {{
             *   (properties: skylark.v1.ActiveSpeaker.$Shape): skylark.v1.ActiveSpeaker & skylark.v1.ActiveSpeaker.$Shape;
             *   (properties?: skylark.v1.ActiveSpeaker.$Properties): skylark.v1.ActiveSpeaker;
             * }}
             */
            ActiveSpeaker.create = function(properties) {
                return new ActiveSpeaker(properties);
            };

            /**
             * Encodes the specified ActiveSpeaker message. Does not implicitly {@link skylark.v1.ActiveSpeaker.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ActiveSpeaker
             * @static
             * @param {skylark.v1.ActiveSpeaker.$Properties} message ActiveSpeaker message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActiveSpeaker.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.producerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ActiveSpeaker message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ActiveSpeaker
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ActiveSpeaker & skylark.v1.ActiveSpeaker.$Shape} ActiveSpeaker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActiveSpeaker.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ActiveSpeaker();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ActiveSpeaker;
        })();

        v1.RoomClosing = (function() {

            /**
             * Properties of a RoomClosing.
             * @typedef {Object} skylark.v1.RoomClosing.$Properties
             * @property {string|null} [reason] RoomClosing reason
             * @property {boolean|null} [rejoin] RoomClosing rejoin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomClosing.
             * @memberof skylark.v1
             * @interface IRoomClosing
             * @augments skylark.v1.RoomClosing.$Properties
             * @deprecated Use skylark.v1.RoomClosing.$Properties instead.
             */

            /**
             * Shape of a RoomClosing.
             * @typedef {skylark.v1.RoomClosing.$Properties} skylark.v1.RoomClosing.$Shape
             */

            /**
             * Constructs a new RoomClosing.
             * @memberof skylark.v1
             * @classdesc Represents a RoomClosing.
             * @constructor
             * @param {skylark.v1.RoomClosing.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoomClosing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RoomClosing reason.
             * @member {string} reason
             * @memberof skylark.v1.RoomClosing
             * @instance
             */
            RoomClosing.prototype.reason = "";

            /**
             * RoomClosing rejoin.
             * @member {boolean} rejoin
             * @memberof skylark.v1.RoomClosing
             * @instance
             */
            RoomClosing.prototype.rejoin = false;

            /**
             * Creates a new RoomClosing instance using the specified properties.
             * @function create
             * @memberof skylark.v1.RoomClosing
             * @static
             * @param {skylark.v1.RoomClosing.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.RoomClosing} RoomClosing instance
             * @type {{
             *   (properties: skylark.v1.RoomClosing.$Shape): skylark.v1.RoomClosing & skylark.v1.RoomClosing.$Shape;
             *   (properties?: skylark.v1.RoomClosing.$Properties): skylark.v1.RoomClosing;
             * }}
             */
            RoomClosing.create = function(properties) {
                return new RoomClosing(properties);
            };

            /**
             * Encodes the specified RoomClosing message. Does not implicitly {@link skylark.v1.RoomClosing.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.RoomClosing
             * @static
             * @param {skylark.v1.RoomClosing.$Properties} message RoomClosing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomClosing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.rejoin != null && $Object.hasOwnProperty.call(message, "rejoin") && message.rejoin !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.rejoin);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RoomClosing message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.RoomClosing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.RoomClosing & skylark.v1.RoomClosing.$Shape} RoomClosing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomClosing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.RoomClosing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.rejoin = value;
                            else
                                delete message.rejoin;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RoomClosing;
        })();

        v1.MediaReset = (function() {

            /**
             * Properties of a MediaReset.
             * @typedef {Object} skylark.v1.MediaReset.$Properties
             * @property {string|null} [reason] MediaReset reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MediaReset.
             * @memberof skylark.v1
             * @interface IMediaReset
             * @augments skylark.v1.MediaReset.$Properties
             * @deprecated Use skylark.v1.MediaReset.$Properties instead.
             */

            /**
             * Shape of a MediaReset.
             * @typedef {skylark.v1.MediaReset.$Properties} skylark.v1.MediaReset.$Shape
             */

            /**
             * Constructs a new MediaReset.
             * @memberof skylark.v1
             * @classdesc Represents a MediaReset.
             * @constructor
             * @param {skylark.v1.MediaReset.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MediaReset = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MediaReset reason.
             * @member {string} reason
             * @memberof skylark.v1.MediaReset
             * @instance
             */
            MediaReset.prototype.reason = "";

            /**
             * Creates a new MediaReset instance using the specified properties.
             * @function create
             * @memberof skylark.v1.MediaReset
             * @static
             * @param {skylark.v1.MediaReset.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.MediaReset} MediaReset instance
             * @type {{
             *   (properties: skylark.v1.MediaReset.$Shape): skylark.v1.MediaReset & skylark.v1.MediaReset.$Shape;
             *   (properties?: skylark.v1.MediaReset.$Properties): skylark.v1.MediaReset;
             * }}
             */
            MediaReset.create = function(properties) {
                return new MediaReset(properties);
            };

            /**
             * Encodes the specified MediaReset message. Does not implicitly {@link skylark.v1.MediaReset.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.MediaReset
             * @static
             * @param {skylark.v1.MediaReset.$Properties} message MediaReset message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MediaReset.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MediaReset message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.MediaReset
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.MediaReset & skylark.v1.MediaReset.$Shape} MediaReset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MediaReset.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.MediaReset();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MediaReset;
        })();

        v1.PublisherLayers = (function() {

            /**
             * Properties of a PublisherLayers.
             * @typedef {Object} skylark.v1.PublisherLayers.$Properties
             * @property {string|null} [producerId] PublisherLayers producerId
             * @property {number|null} [maxSpatialLayer] PublisherLayers maxSpatialLayer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublisherLayers.
             * @memberof skylark.v1
             * @interface IPublisherLayers
             * @augments skylark.v1.PublisherLayers.$Properties
             * @deprecated Use skylark.v1.PublisherLayers.$Properties instead.
             */

            /**
             * Shape of a PublisherLayers.
             * @typedef {skylark.v1.PublisherLayers.$Properties} skylark.v1.PublisherLayers.$Shape
             */

            /**
             * Constructs a new PublisherLayers.
             * @memberof skylark.v1
             * @classdesc Represents a PublisherLayers.
             * @constructor
             * @param {skylark.v1.PublisherLayers.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublisherLayers = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublisherLayers producerId.
             * @member {string} producerId
             * @memberof skylark.v1.PublisherLayers
             * @instance
             */
            PublisherLayers.prototype.producerId = "";

            /**
             * PublisherLayers maxSpatialLayer.
             * @member {number} maxSpatialLayer
             * @memberof skylark.v1.PublisherLayers
             * @instance
             */
            PublisherLayers.prototype.maxSpatialLayer = 0;

            /**
             * Creates a new PublisherLayers instance using the specified properties.
             * @function create
             * @memberof skylark.v1.PublisherLayers
             * @static
             * @param {skylark.v1.PublisherLayers.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.PublisherLayers} PublisherLayers instance
             * @type {{
             *   (properties: skylark.v1.PublisherLayers.$Shape): skylark.v1.PublisherLayers & skylark.v1.PublisherLayers.$Shape;
             *   (properties?: skylark.v1.PublisherLayers.$Properties): skylark.v1.PublisherLayers;
             * }}
             */
            PublisherLayers.create = function(properties) {
                return new PublisherLayers(properties);
            };

            /**
             * Encodes the specified PublisherLayers message. Does not implicitly {@link skylark.v1.PublisherLayers.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.PublisherLayers
             * @static
             * @param {skylark.v1.PublisherLayers.$Properties} message PublisherLayers message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublisherLayers.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && message.producerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.producerId);
                if (message.maxSpatialLayer != null && $Object.hasOwnProperty.call(message, "maxSpatialLayer") && message.maxSpatialLayer !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxSpatialLayer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublisherLayers message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.PublisherLayers
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.PublisherLayers & skylark.v1.PublisherLayers.$Shape} PublisherLayers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublisherLayers.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.PublisherLayers();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxSpatialLayer = value;
                            else
                                delete message.maxSpatialLayer;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PublisherLayers;
        })();

        /**
         * Quality enum.
         * @name skylark.v1.Quality
         * @enum {number}
         * @property {number} QUALITY_UNSPECIFIED=0 QUALITY_UNSPECIFIED value
         * @property {number} EXCELLENT=1 EXCELLENT value
         * @property {number} GOOD=2 GOOD value
         * @property {number} POOR=3 POOR value
         * @property {number} LOST=4 LOST value
         */
        v1.Quality = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "QUALITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EXCELLENT"] = 1;
            values[valuesById[2] = "GOOD"] = 2;
            values[valuesById[3] = "POOR"] = 3;
            values[valuesById[4] = "LOST"] = 4;
            return values;
        })();

        v1.ConnectionQuality = (function() {

            /**
             * Properties of a ConnectionQuality.
             * @typedef {Object} skylark.v1.ConnectionQuality.$Properties
             * @property {string|null} [peerId] ConnectionQuality peerId
             * @property {skylark.v1.Quality|null} [quality] ConnectionQuality quality
             * @property {number|null} [score] ConnectionQuality score
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectionQuality.
             * @memberof skylark.v1
             * @interface IConnectionQuality
             * @augments skylark.v1.ConnectionQuality.$Properties
             * @deprecated Use skylark.v1.ConnectionQuality.$Properties instead.
             */

            /**
             * Shape of a ConnectionQuality.
             * @typedef {skylark.v1.ConnectionQuality.$Properties} skylark.v1.ConnectionQuality.$Shape
             */

            /**
             * Constructs a new ConnectionQuality.
             * @memberof skylark.v1
             * @classdesc Represents a ConnectionQuality.
             * @constructor
             * @param {skylark.v1.ConnectionQuality.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectionQuality = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectionQuality peerId.
             * @member {string} peerId
             * @memberof skylark.v1.ConnectionQuality
             * @instance
             */
            ConnectionQuality.prototype.peerId = "";

            /**
             * ConnectionQuality quality.
             * @member {skylark.v1.Quality} quality
             * @memberof skylark.v1.ConnectionQuality
             * @instance
             */
            ConnectionQuality.prototype.quality = 0;

            /**
             * ConnectionQuality score.
             * @member {number} score
             * @memberof skylark.v1.ConnectionQuality
             * @instance
             */
            ConnectionQuality.prototype.score = 0;

            /**
             * Creates a new ConnectionQuality instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ConnectionQuality
             * @static
             * @param {skylark.v1.ConnectionQuality.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ConnectionQuality} ConnectionQuality instance
             * @type {{
             *   (properties: skylark.v1.ConnectionQuality.$Shape): skylark.v1.ConnectionQuality & skylark.v1.ConnectionQuality.$Shape;
             *   (properties?: skylark.v1.ConnectionQuality.$Properties): skylark.v1.ConnectionQuality;
             * }}
             */
            ConnectionQuality.create = function(properties) {
                return new ConnectionQuality(properties);
            };

            /**
             * Encodes the specified ConnectionQuality message. Does not implicitly {@link skylark.v1.ConnectionQuality.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ConnectionQuality
             * @static
             * @param {skylark.v1.ConnectionQuality.$Properties} message ConnectionQuality message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectionQuality.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality") && message.quality !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.quality);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && message.score !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.score);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConnectionQuality message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ConnectionQuality
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ConnectionQuality & skylark.v1.ConnectionQuality.$Shape} ConnectionQuality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectionQuality.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ConnectionQuality();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.quality = value;
                            else
                                delete message.quality;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConnectionQuality;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} skylark.v1.Welcome.$Properties
             * @property {skylark.v1.RtpCapabilities.$Properties|null} [routerRtpCapabilities] Welcome routerRtpCapabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof skylark.v1
             * @interface IWelcome
             * @augments skylark.v1.Welcome.$Properties
             * @deprecated Use skylark.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {{
             *   routerRtpCapabilities?: skylark.v1.RtpCapabilities.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skylark.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof skylark.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {skylark.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome routerRtpCapabilities.
             * @member {skylark.v1.RtpCapabilities.$Properties|null|undefined} routerRtpCapabilities
             * @memberof skylark.v1.Welcome
             * @instance
             */
            Welcome.prototype.routerRtpCapabilities = null;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof skylark.v1.Welcome
             * @static
             * @param {skylark.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: skylark.v1.Welcome.$Shape): skylark.v1.Welcome & skylark.v1.Welcome.$Shape;
             *   (properties?: skylark.v1.Welcome.$Properties): skylark.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link skylark.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.Welcome
             * @static
             * @param {skylark.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.routerRtpCapabilities != null && $Object.hasOwnProperty.call(message, "routerRtpCapabilities"))
                    $root.skylark.v1.RtpCapabilities.encode(message.routerRtpCapabilities, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.Welcome & skylark.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.routerRtpCapabilities = $root.skylark.v1.RtpCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.routerRtpCapabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Welcome;
        })();

        v1.ServerDraining = (function() {

            /**
             * Properties of a ServerDraining.
             * @typedef {Object} skylark.v1.ServerDraining.$Properties
             * @property {number|null} [deadlineMs] ServerDraining deadlineMs
             * @property {boolean|null} [rejoin] ServerDraining rejoin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerDraining.
             * @memberof skylark.v1
             * @interface IServerDraining
             * @augments skylark.v1.ServerDraining.$Properties
             * @deprecated Use skylark.v1.ServerDraining.$Properties instead.
             */

            /**
             * Shape of a ServerDraining.
             * @typedef {skylark.v1.ServerDraining.$Properties} skylark.v1.ServerDraining.$Shape
             */

            /**
             * Constructs a new ServerDraining.
             * @memberof skylark.v1
             * @classdesc Represents a ServerDraining.
             * @constructor
             * @param {skylark.v1.ServerDraining.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerDraining = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerDraining deadlineMs.
             * @member {number} deadlineMs
             * @memberof skylark.v1.ServerDraining
             * @instance
             */
            ServerDraining.prototype.deadlineMs = 0;

            /**
             * ServerDraining rejoin.
             * @member {boolean} rejoin
             * @memberof skylark.v1.ServerDraining
             * @instance
             */
            ServerDraining.prototype.rejoin = false;

            /**
             * Creates a new ServerDraining instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ServerDraining
             * @static
             * @param {skylark.v1.ServerDraining.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ServerDraining} ServerDraining instance
             * @type {{
             *   (properties: skylark.v1.ServerDraining.$Shape): skylark.v1.ServerDraining & skylark.v1.ServerDraining.$Shape;
             *   (properties?: skylark.v1.ServerDraining.$Properties): skylark.v1.ServerDraining;
             * }}
             */
            ServerDraining.create = function(properties) {
                return new ServerDraining(properties);
            };

            /**
             * Encodes the specified ServerDraining message. Does not implicitly {@link skylark.v1.ServerDraining.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ServerDraining
             * @static
             * @param {skylark.v1.ServerDraining.$Properties} message ServerDraining message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerDraining.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && !$Object.is(message.deadlineMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.deadlineMs);
                if (message.rejoin != null && $Object.hasOwnProperty.call(message, "rejoin") && message.rejoin !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.rejoin);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ServerDraining message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ServerDraining
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ServerDraining & skylark.v1.ServerDraining.$Shape} ServerDraining
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerDraining.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ServerDraining();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.deadlineMs = value;
                            else
                                delete message.deadlineMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.rejoin = value;
                            else
                                delete message.rejoin;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ServerDraining;
        })();

        v1.IceServersUpdate = (function() {

            /**
             * Properties of an IceServersUpdate.
             * @typedef {Object} skylark.v1.IceServersUpdate.$Properties
             * @property {Array.<skylark.v1.IceServer.$Properties>|null} [iceServers] IceServersUpdate iceServers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IceServersUpdate.
             * @memberof skylark.v1
             * @interface IIceServersUpdate
             * @augments skylark.v1.IceServersUpdate.$Properties
             * @deprecated Use skylark.v1.IceServersUpdate.$Properties instead.
             */

            /**
             * Shape of an IceServersUpdate.
             * @typedef {skylark.v1.IceServersUpdate.$Properties} skylark.v1.IceServersUpdate.$Shape
             */

            /**
             * Constructs a new IceServersUpdate.
             * @memberof skylark.v1
             * @classdesc Represents an IceServersUpdate.
             * @constructor
             * @param {skylark.v1.IceServersUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IceServersUpdate = function (properties) {
                this.iceServers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IceServersUpdate iceServers.
             * @member {Array.<skylark.v1.IceServer.$Properties>} iceServers
             * @memberof skylark.v1.IceServersUpdate
             * @instance
             */
            IceServersUpdate.prototype.iceServers = $util.emptyArray;

            /**
             * Creates a new IceServersUpdate instance using the specified properties.
             * @function create
             * @memberof skylark.v1.IceServersUpdate
             * @static
             * @param {skylark.v1.IceServersUpdate.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.IceServersUpdate} IceServersUpdate instance
             * @type {{
             *   (properties: skylark.v1.IceServersUpdate.$Shape): skylark.v1.IceServersUpdate & skylark.v1.IceServersUpdate.$Shape;
             *   (properties?: skylark.v1.IceServersUpdate.$Properties): skylark.v1.IceServersUpdate;
             * }}
             */
            IceServersUpdate.create = function(properties) {
                return new IceServersUpdate(properties);
            };

            /**
             * Encodes the specified IceServersUpdate message. Does not implicitly {@link skylark.v1.IceServersUpdate.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.IceServersUpdate
             * @static
             * @param {skylark.v1.IceServersUpdate.$Properties} message IceServersUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IceServersUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.iceServers != null && message.iceServers.length)
                    for (let i = 0; i < message.iceServers.length; ++i)
                        $root.skylark.v1.IceServer.encode(message.iceServers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IceServersUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.IceServersUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.IceServersUpdate & skylark.v1.IceServersUpdate.$Shape} IceServersUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IceServersUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.IceServersUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.iceServers && message.iceServers.length))
                                message.iceServers = [];
                            message.iceServers.push($root.skylark.v1.IceServer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return IceServersUpdate;
        })();

        v1.NewDataProducer = (function() {

            /**
             * Properties of a NewDataProducer.
             * @typedef {Object} skylark.v1.NewDataProducer.$Properties
             * @property {string|null} [peerId] NewDataProducer peerId
             * @property {skylark.v1.DataProducerInfo.$Properties|null} [dataProducer] NewDataProducer dataProducer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NewDataProducer.
             * @memberof skylark.v1
             * @interface INewDataProducer
             * @augments skylark.v1.NewDataProducer.$Properties
             * @deprecated Use skylark.v1.NewDataProducer.$Properties instead.
             */

            /**
             * Shape of a NewDataProducer.
             * @typedef {skylark.v1.NewDataProducer.$Properties} skylark.v1.NewDataProducer.$Shape
             */

            /**
             * Constructs a new NewDataProducer.
             * @memberof skylark.v1
             * @classdesc Represents a NewDataProducer.
             * @constructor
             * @param {skylark.v1.NewDataProducer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NewDataProducer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NewDataProducer peerId.
             * @member {string} peerId
             * @memberof skylark.v1.NewDataProducer
             * @instance
             */
            NewDataProducer.prototype.peerId = "";

            /**
             * NewDataProducer dataProducer.
             * @member {skylark.v1.DataProducerInfo.$Properties|null|undefined} dataProducer
             * @memberof skylark.v1.NewDataProducer
             * @instance
             */
            NewDataProducer.prototype.dataProducer = null;

            /**
             * Creates a new NewDataProducer instance using the specified properties.
             * @function create
             * @memberof skylark.v1.NewDataProducer
             * @static
             * @param {skylark.v1.NewDataProducer.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.NewDataProducer} NewDataProducer instance
             * @type {{
             *   (properties: skylark.v1.NewDataProducer.$Shape): skylark.v1.NewDataProducer & skylark.v1.NewDataProducer.$Shape;
             *   (properties?: skylark.v1.NewDataProducer.$Properties): skylark.v1.NewDataProducer;
             * }}
             */
            NewDataProducer.create = function(properties) {
                return new NewDataProducer(properties);
            };

            /**
             * Encodes the specified NewDataProducer message. Does not implicitly {@link skylark.v1.NewDataProducer.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.NewDataProducer
             * @static
             * @param {skylark.v1.NewDataProducer.$Properties} message NewDataProducer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NewDataProducer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.dataProducer != null && $Object.hasOwnProperty.call(message, "dataProducer"))
                    $root.skylark.v1.DataProducerInfo.encode(message.dataProducer, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NewDataProducer message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.NewDataProducer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.NewDataProducer & skylark.v1.NewDataProducer.$Shape} NewDataProducer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NewDataProducer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.NewDataProducer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dataProducer = $root.skylark.v1.DataProducerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.dataProducer);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NewDataProducer;
        })();

        v1.DataProducerClosed = (function() {

            /**
             * Properties of a DataProducerClosed.
             * @typedef {Object} skylark.v1.DataProducerClosed.$Properties
             * @property {string|null} [peerId] DataProducerClosed peerId
             * @property {string|null} [dataProducerId] DataProducerClosed dataProducerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataProducerClosed.
             * @memberof skylark.v1
             * @interface IDataProducerClosed
             * @augments skylark.v1.DataProducerClosed.$Properties
             * @deprecated Use skylark.v1.DataProducerClosed.$Properties instead.
             */

            /**
             * Shape of a DataProducerClosed.
             * @typedef {skylark.v1.DataProducerClosed.$Properties} skylark.v1.DataProducerClosed.$Shape
             */

            /**
             * Constructs a new DataProducerClosed.
             * @memberof skylark.v1
             * @classdesc Represents a DataProducerClosed.
             * @constructor
             * @param {skylark.v1.DataProducerClosed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DataProducerClosed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataProducerClosed peerId.
             * @member {string} peerId
             * @memberof skylark.v1.DataProducerClosed
             * @instance
             */
            DataProducerClosed.prototype.peerId = "";

            /**
             * DataProducerClosed dataProducerId.
             * @member {string} dataProducerId
             * @memberof skylark.v1.DataProducerClosed
             * @instance
             */
            DataProducerClosed.prototype.dataProducerId = "";

            /**
             * Creates a new DataProducerClosed instance using the specified properties.
             * @function create
             * @memberof skylark.v1.DataProducerClosed
             * @static
             * @param {skylark.v1.DataProducerClosed.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.DataProducerClosed} DataProducerClosed instance
             * @type {{
             *   (properties: skylark.v1.DataProducerClosed.$Shape): skylark.v1.DataProducerClosed & skylark.v1.DataProducerClosed.$Shape;
             *   (properties?: skylark.v1.DataProducerClosed.$Properties): skylark.v1.DataProducerClosed;
             * }}
             */
            DataProducerClosed.create = function(properties) {
                return new DataProducerClosed(properties);
            };

            /**
             * Encodes the specified DataProducerClosed message. Does not implicitly {@link skylark.v1.DataProducerClosed.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.DataProducerClosed
             * @static
             * @param {skylark.v1.DataProducerClosed.$Properties} message DataProducerClosed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataProducerClosed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.dataProducerId != null && $Object.hasOwnProperty.call(message, "dataProducerId") && message.dataProducerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.dataProducerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DataProducerClosed message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.DataProducerClosed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.DataProducerClosed & skylark.v1.DataProducerClosed.$Shape} DataProducerClosed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataProducerClosed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.DataProducerClosed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataProducerId = value;
                            else
                                delete message.dataProducerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DataProducerClosed;
        })();

        v1.Notification = (function() {

            /**
             * Properties of a Notification.
             * @typedef {Object} skylark.v1.Notification.$Properties
             * @property {number|null} [seq] Notification seq
             * @property {skylark.v1.PeerJoined.$Properties|null} [peerJoined] Notification peerJoined
             * @property {skylark.v1.PeerLeft.$Properties|null} [peerLeft] Notification peerLeft
             * @property {skylark.v1.NewProducer.$Properties|null} [newProducer] Notification newProducer
             * @property {skylark.v1.ProducerEvent.$Properties|null} [producerClosed] Notification producerClosed
             * @property {skylark.v1.ProducerEvent.$Properties|null} [producerPaused] Notification producerPaused
             * @property {skylark.v1.ProducerEvent.$Properties|null} [producerResumed] Notification producerResumed
             * @property {skylark.v1.ConsumerClosed.$Properties|null} [consumerClosed] Notification consumerClosed
             * @property {skylark.v1.ConsumerLayersChanged.$Properties|null} [consumerLayersChanged] Notification consumerLayersChanged
             * @property {skylark.v1.ConsumerScore.$Properties|null} [consumerScore] Notification consumerScore
             * @property {skylark.v1.ActiveSpeaker.$Properties|null} [activeSpeaker] Notification activeSpeaker
             * @property {skylark.v1.RoomClosing.$Properties|null} [roomClosing] Notification roomClosing
             * @property {skylark.v1.NewDataProducer.$Properties|null} [newDataProducer] Notification newDataProducer
             * @property {skylark.v1.DataProducerClosed.$Properties|null} [dataProducerClosed] Notification dataProducerClosed
             * @property {skylark.v1.IceServersUpdate.$Properties|null} [iceServersUpdate] Notification iceServersUpdate
             * @property {skylark.v1.MediaReset.$Properties|null} [mediaReset] Notification mediaReset
             * @property {skylark.v1.ServerDraining.$Properties|null} [serverDraining] Notification serverDraining
             * @property {skylark.v1.Welcome.$Properties|null} [welcome] Notification welcome
             * @property {skylark.v1.PublisherLayers.$Properties|null} [publisherLayers] Notification publisherLayers
             * @property {skylark.v1.ConnectionQuality.$Properties|null} [connectionQuality] Notification connectionQuality
             * @property {"peerJoined"|"peerLeft"|"newProducer"|"producerClosed"|"producerPaused"|"producerResumed"|"consumerClosed"|"consumerLayersChanged"|"consumerScore"|"activeSpeaker"|"roomClosing"|"newDataProducer"|"dataProducerClosed"|"iceServersUpdate"|"mediaReset"|"serverDraining"|"welcome"|"publisherLayers"|"connectionQuality"} [event] Notification event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Notification.
             * @memberof skylark.v1
             * @interface INotification
             * @augments skylark.v1.Notification.$Properties
             * @deprecated Use skylark.v1.Notification.$Properties instead.
             */

            /**
             * Narrowed shape of a Notification.
             * @typedef {{
             *   seq?: number|null;
             *   peerJoined?: skylark.v1.PeerJoined.$Shape|null;
             *   peerLeft?: skylark.v1.PeerLeft.$Shape|null;
             *   newProducer?: skylark.v1.NewProducer.$Shape|null;
             *   producerClosed?: skylark.v1.ProducerEvent.$Shape|null;
             *   producerPaused?: skylark.v1.ProducerEvent.$Shape|null;
             *   producerResumed?: skylark.v1.ProducerEvent.$Shape|null;
             *   consumerClosed?: skylark.v1.ConsumerClosed.$Shape|null;
             *   consumerLayersChanged?: skylark.v1.ConsumerLayersChanged.$Shape|null;
             *   consumerScore?: skylark.v1.ConsumerScore.$Shape|null;
             *   activeSpeaker?: skylark.v1.ActiveSpeaker.$Shape|null;
             *   roomClosing?: skylark.v1.RoomClosing.$Shape|null;
             *   newDataProducer?: skylark.v1.NewDataProducer.$Shape|null;
             *   dataProducerClosed?: skylark.v1.DataProducerClosed.$Shape|null;
             *   iceServersUpdate?: skylark.v1.IceServersUpdate.$Shape|null;
             *   mediaReset?: skylark.v1.MediaReset.$Shape|null;
             *   serverDraining?: skylark.v1.ServerDraining.$Shape|null;
             *   welcome?: skylark.v1.Welcome.$Shape|null;
             *   publisherLayers?: skylark.v1.PublisherLayers.$Shape|null;
             *   connectionQuality?: skylark.v1.ConnectionQuality.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ event?: undefined; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "peerJoined"; peerJoined: skylark.v1.PeerJoined.$Shape; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "peerLeft"; peerJoined?: null; peerLeft: skylark.v1.PeerLeft.$Shape; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "newProducer"; peerJoined?: null; peerLeft?: null; newProducer: skylark.v1.NewProducer.$Shape; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "producerClosed"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed: skylark.v1.ProducerEvent.$Shape; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "producerPaused"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused: skylark.v1.ProducerEvent.$Shape; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "producerResumed"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed: skylark.v1.ProducerEvent.$Shape; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "consumerClosed"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed: skylark.v1.ConsumerClosed.$Shape; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "consumerLayersChanged"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged: skylark.v1.ConsumerLayersChanged.$Shape; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "consumerScore"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore: skylark.v1.ConsumerScore.$Shape; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "activeSpeaker"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker: skylark.v1.ActiveSpeaker.$Shape; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "roomClosing"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing: skylark.v1.RoomClosing.$Shape; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "newDataProducer"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer: skylark.v1.NewDataProducer.$Shape; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "dataProducerClosed"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed: skylark.v1.DataProducerClosed.$Shape; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "iceServersUpdate"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate: skylark.v1.IceServersUpdate.$Shape; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "mediaReset"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset: skylark.v1.MediaReset.$Shape; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "serverDraining"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining: skylark.v1.ServerDraining.$Shape; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "welcome"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome: skylark.v1.Welcome.$Shape; publisherLayers?: null; connectionQuality?: null }|{ event?: "publisherLayers"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers: skylark.v1.PublisherLayers.$Shape; connectionQuality?: null }|{ event?: "connectionQuality"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality: skylark.v1.ConnectionQuality.$Shape })
             * )} skylark.v1.Notification.$Shape
             */

            /**
             * Constructs a new Notification.
             * @memberof skylark.v1
             * @classdesc Represents a Notification.
             * @constructor
             * @param {skylark.v1.Notification.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Notification = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Notification seq.
             * @member {number} seq
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.seq = 0;

            /**
             * Notification peerJoined.
             * @member {skylark.v1.PeerJoined.$Properties|null|undefined} peerJoined
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.peerJoined = null;

            /**
             * Notification peerLeft.
             * @member {skylark.v1.PeerLeft.$Properties|null|undefined} peerLeft
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.peerLeft = null;

            /**
             * Notification newProducer.
             * @member {skylark.v1.NewProducer.$Properties|null|undefined} newProducer
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.newProducer = null;

            /**
             * Notification producerClosed.
             * @member {skylark.v1.ProducerEvent.$Properties|null|undefined} producerClosed
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.producerClosed = null;

            /**
             * Notification producerPaused.
             * @member {skylark.v1.ProducerEvent.$Properties|null|undefined} producerPaused
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.producerPaused = null;

            /**
             * Notification producerResumed.
             * @member {skylark.v1.ProducerEvent.$Properties|null|undefined} producerResumed
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.producerResumed = null;

            /**
             * Notification consumerClosed.
             * @member {skylark.v1.ConsumerClosed.$Properties|null|undefined} consumerClosed
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.consumerClosed = null;

            /**
             * Notification consumerLayersChanged.
             * @member {skylark.v1.ConsumerLayersChanged.$Properties|null|undefined} consumerLayersChanged
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.consumerLayersChanged = null;

            /**
             * Notification consumerScore.
             * @member {skylark.v1.ConsumerScore.$Properties|null|undefined} consumerScore
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.consumerScore = null;

            /**
             * Notification activeSpeaker.
             * @member {skylark.v1.ActiveSpeaker.$Properties|null|undefined} activeSpeaker
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.activeSpeaker = null;

            /**
             * Notification roomClosing.
             * @member {skylark.v1.RoomClosing.$Properties|null|undefined} roomClosing
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.roomClosing = null;

            /**
             * Notification newDataProducer.
             * @member {skylark.v1.NewDataProducer.$Properties|null|undefined} newDataProducer
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.newDataProducer = null;

            /**
             * Notification dataProducerClosed.
             * @member {skylark.v1.DataProducerClosed.$Properties|null|undefined} dataProducerClosed
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.dataProducerClosed = null;

            /**
             * Notification iceServersUpdate.
             * @member {skylark.v1.IceServersUpdate.$Properties|null|undefined} iceServersUpdate
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.iceServersUpdate = null;

            /**
             * Notification mediaReset.
             * @member {skylark.v1.MediaReset.$Properties|null|undefined} mediaReset
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.mediaReset = null;

            /**
             * Notification serverDraining.
             * @member {skylark.v1.ServerDraining.$Properties|null|undefined} serverDraining
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.serverDraining = null;

            /**
             * Notification welcome.
             * @member {skylark.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.welcome = null;

            /**
             * Notification publisherLayers.
             * @member {skylark.v1.PublisherLayers.$Properties|null|undefined} publisherLayers
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.publisherLayers = null;

            /**
             * Notification connectionQuality.
             * @member {skylark.v1.ConnectionQuality.$Properties|null|undefined} connectionQuality
             * @memberof skylark.v1.Notification
             * @instance
             */
            Notification.prototype.connectionQuality = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Notification event.
             * @member {"peerJoined"|"peerLeft"|"newProducer"|"producerClosed"|"producerPaused"|"producerResumed"|"consumerClosed"|"consumerLayersChanged"|"consumerScore"|"activeSpeaker"|"roomClosing"|"newDataProducer"|"dataProducerClosed"|"iceServersUpdate"|"mediaReset"|"serverDraining"|"welcome"|"publisherLayers"|"connectionQuality"|undefined} event
             * @memberof skylark.v1.Notification
             * @instance
             */
            $Object.defineProperty(Notification.prototype, "event", {
                get: $util.oneOfGetter($oneOfFields = ["peerJoined", "peerLeft", "newProducer", "producerClosed", "producerPaused", "producerResumed", "consumerClosed", "consumerLayersChanged", "consumerScore", "activeSpeaker", "roomClosing", "newDataProducer", "dataProducerClosed", "iceServersUpdate", "mediaReset", "serverDraining", "welcome", "publisherLayers", "connectionQuality"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Notification instance using the specified properties.
             * @function create
             * @memberof skylark.v1.Notification
             * @static
             * @param {skylark.v1.Notification.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.Notification} Notification instance
             * @type {{
             *   (properties: skylark.v1.Notification.$Shape): skylark.v1.Notification & skylark.v1.Notification.$Shape;
             *   (properties?: skylark.v1.Notification.$Properties): skylark.v1.Notification;
             * }}
             */
            Notification.create = function(properties) {
                return new Notification(properties);
            };

            /**
             * Encodes the specified Notification message. Does not implicitly {@link skylark.v1.Notification.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.Notification
             * @static
             * @param {skylark.v1.Notification.$Properties} message Notification message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Notification.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerJoined != null && $Object.hasOwnProperty.call(message, "peerJoined"))
                    $root.skylark.v1.PeerJoined.encode(message.peerJoined, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.peerLeft != null && $Object.hasOwnProperty.call(message, "peerLeft"))
                    $root.skylark.v1.PeerLeft.encode(message.peerLeft, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.newProducer != null && $Object.hasOwnProperty.call(message, "newProducer"))
                    $root.skylark.v1.NewProducer.encode(message.newProducer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.producerClosed != null && $Object.hasOwnProperty.call(message, "producerClosed"))
                    $root.skylark.v1.ProducerEvent.encode(message.producerClosed, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.producerPaused != null && $Object.hasOwnProperty.call(message, "producerPaused"))
                    $root.skylark.v1.ProducerEvent.encode(message.producerPaused, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.producerResumed != null && $Object.hasOwnProperty.call(message, "producerResumed"))
                    $root.skylark.v1.ProducerEvent.encode(message.producerResumed, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.consumerClosed != null && $Object.hasOwnProperty.call(message, "consumerClosed"))
                    $root.skylark.v1.ConsumerClosed.encode(message.consumerClosed, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.consumerLayersChanged != null && $Object.hasOwnProperty.call(message, "consumerLayersChanged"))
                    $root.skylark.v1.ConsumerLayersChanged.encode(message.consumerLayersChanged, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.consumerScore != null && $Object.hasOwnProperty.call(message, "consumerScore"))
                    $root.skylark.v1.ConsumerScore.encode(message.consumerScore, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.activeSpeaker != null && $Object.hasOwnProperty.call(message, "activeSpeaker"))
                    $root.skylark.v1.ActiveSpeaker.encode(message.activeSpeaker, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.roomClosing != null && $Object.hasOwnProperty.call(message, "roomClosing"))
                    $root.skylark.v1.RoomClosing.encode(message.roomClosing, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.newDataProducer != null && $Object.hasOwnProperty.call(message, "newDataProducer"))
                    $root.skylark.v1.NewDataProducer.encode(message.newDataProducer, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.dataProducerClosed != null && $Object.hasOwnProperty.call(message, "dataProducerClosed"))
                    $root.skylark.v1.DataProducerClosed.encode(message.dataProducerClosed, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.iceServersUpdate != null && $Object.hasOwnProperty.call(message, "iceServersUpdate"))
                    $root.skylark.v1.IceServersUpdate.encode(message.iceServersUpdate, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.mediaReset != null && $Object.hasOwnProperty.call(message, "mediaReset"))
                    $root.skylark.v1.MediaReset.encode(message.mediaReset, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.serverDraining != null && $Object.hasOwnProperty.call(message, "serverDraining"))
                    $root.skylark.v1.ServerDraining.encode(message.serverDraining, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.skylark.v1.Welcome.encode(message.welcome, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.publisherLayers != null && $Object.hasOwnProperty.call(message, "publisherLayers"))
                    $root.skylark.v1.PublisherLayers.encode(message.publisherLayers, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.connectionQuality != null && $Object.hasOwnProperty.call(message, "connectionQuality"))
                    $root.skylark.v1.ConnectionQuality.encode(message.connectionQuality, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 100, wireType 0 =*/800).uint32(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Notification message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.Notification
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.Notification & skylark.v1.Notification.$Shape} Notification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Notification.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.Notification();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 100: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.peerJoined = $root.skylark.v1.PeerJoined.decode(reader, reader.size(), $undefined, _depth + 1, message.peerJoined);
                            message.event = "peerJoined";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.peerLeft = $root.skylark.v1.PeerLeft.decode(reader, reader.size(), $undefined, _depth + 1, message.peerLeft);
                            message.event = "peerLeft";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.newProducer = $root.skylark.v1.NewProducer.decode(reader, reader.size(), $undefined, _depth + 1, message.newProducer);
                            message.event = "newProducer";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.producerClosed = $root.skylark.v1.ProducerEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.producerClosed);
                            message.event = "producerClosed";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.producerPaused = $root.skylark.v1.ProducerEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.producerPaused);
                            message.event = "producerPaused";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.producerResumed = $root.skylark.v1.ProducerEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.producerResumed);
                            message.event = "producerResumed";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.consumerClosed = $root.skylark.v1.ConsumerClosed.decode(reader, reader.size(), $undefined, _depth + 1, message.consumerClosed);
                            message.event = "consumerClosed";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.consumerLayersChanged = $root.skylark.v1.ConsumerLayersChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.consumerLayersChanged);
                            message.event = "consumerLayersChanged";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.consumerScore = $root.skylark.v1.ConsumerScore.decode(reader, reader.size(), $undefined, _depth + 1, message.consumerScore);
                            message.event = "consumerScore";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.activeSpeaker = $root.skylark.v1.ActiveSpeaker.decode(reader, reader.size(), $undefined, _depth + 1, message.activeSpeaker);
                            message.event = "activeSpeaker";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.roomClosing = $root.skylark.v1.RoomClosing.decode(reader, reader.size(), $undefined, _depth + 1, message.roomClosing);
                            message.event = "roomClosing";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.newDataProducer = $root.skylark.v1.NewDataProducer.decode(reader, reader.size(), $undefined, _depth + 1, message.newDataProducer);
                            message.event = "newDataProducer";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.dataProducerClosed = $root.skylark.v1.DataProducerClosed.decode(reader, reader.size(), $undefined, _depth + 1, message.dataProducerClosed);
                            message.event = "dataProducerClosed";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.iceServersUpdate = $root.skylark.v1.IceServersUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.iceServersUpdate);
                            message.event = "iceServersUpdate";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.mediaReset = $root.skylark.v1.MediaReset.decode(reader, reader.size(), $undefined, _depth + 1, message.mediaReset);
                            message.event = "mediaReset";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.serverDraining = $root.skylark.v1.ServerDraining.decode(reader, reader.size(), $undefined, _depth + 1, message.serverDraining);
                            message.event = "serverDraining";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.skylark.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.event = "welcome";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.publisherLayers = $root.skylark.v1.PublisherLayers.decode(reader, reader.size(), $undefined, _depth + 1, message.publisherLayers);
                            message.event = "publisherLayers";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.connectionQuality = $root.skylark.v1.ConnectionQuality.decode(reader, reader.size(), $undefined, _depth + 1, message.connectionQuality);
                            message.event = "connectionQuality";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Notification;
        })();

        v1.ServerMessage = (function() {

            /**
             * Properties of a ServerMessage.
             * @typedef {Object} skylark.v1.ServerMessage.$Properties
             * @property {skylark.v1.Response.$Properties|null} [response] ServerMessage response
             * @property {skylark.v1.Notification.$Properties|null} [notification] ServerMessage notification
             * @property {"response"|"notification"} [kind] ServerMessage kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerMessage.
             * @memberof skylark.v1
             * @interface IServerMessage
             * @augments skylark.v1.ServerMessage.$Properties
             * @deprecated Use skylark.v1.ServerMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerMessage.
             * @typedef {{
             *   response?: skylark.v1.Response.$Shape|null;
             *   notification?: skylark.v1.Notification.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; response?: null; notification?: null }|{ kind?: "response"; response: skylark.v1.Response.$Shape; notification?: null }|{ kind?: "notification"; response?: null; notification: skylark.v1.Notification.$Shape })
             * )} skylark.v1.ServerMessage.$Shape
             */

            /**
             * Constructs a new ServerMessage.
             * @memberof skylark.v1
             * @classdesc Represents a ServerMessage.
             * @constructor
             * @param {skylark.v1.ServerMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerMessage response.
             * @member {skylark.v1.Response.$Properties|null|undefined} response
             * @memberof skylark.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.response = null;

            /**
             * ServerMessage notification.
             * @member {skylark.v1.Notification.$Properties|null|undefined} notification
             * @memberof skylark.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.notification = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerMessage kind.
             * @member {"response"|"notification"|undefined} kind
             * @memberof skylark.v1.ServerMessage
             * @instance
             */
            $Object.defineProperty(ServerMessage.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["response", "notification"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerMessage instance using the specified properties.
             * @function create
             * @memberof skylark.v1.ServerMessage
             * @static
             * @param {skylark.v1.ServerMessage.$Properties=} [properties] Properties to set
             * @returns {skylark.v1.ServerMessage} ServerMessage instance
             * @type {{
             *   (properties: skylark.v1.ServerMessage.$Shape): skylark.v1.ServerMessage & skylark.v1.ServerMessage.$Shape;
             *   (properties?: skylark.v1.ServerMessage.$Properties): skylark.v1.ServerMessage;
             * }}
             */
            ServerMessage.create = function(properties) {
                return new ServerMessage(properties);
            };

            /**
             * Encodes the specified ServerMessage message. Does not implicitly {@link skylark.v1.ServerMessage.verify|verify} messages.
             * @function encode
             * @memberof skylark.v1.ServerMessage
             * @static
             * @param {skylark.v1.ServerMessage.$Properties} message ServerMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    $root.skylark.v1.Response.encode(message.response, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.notification != null && $Object.hasOwnProperty.call(message, "notification"))
                    $root.skylark.v1.Notification.encode(message.notification, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ServerMessage message from the specified reader or buffer.
             * @function decode
             * @memberof skylark.v1.ServerMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skylark.v1.ServerMessage & skylark.v1.ServerMessage.$Shape} ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skylark.v1.ServerMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.response = $root.skylark.v1.Response.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
                            message.kind = "response";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.notification = $root.skylark.v1.Notification.decode(reader, reader.size(), $undefined, _depth + 1, message.notification);
                            message.kind = "notification";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ServerMessage;
        })();

        return v1;
    })();

    return skylark;
})();

export {
  $root as default
};
