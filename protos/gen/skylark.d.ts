import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace skylark. */
export namespace skylark {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a CodecParameterValue.
         * @deprecated Use skylark.v1.CodecParameterValue.$Properties instead.
         */
        interface ICodecParameterValue extends skylark.v1.CodecParameterValue.$Properties {
        }

        /** Represents a CodecParameterValue. */
        class CodecParameterValue {

            /**
             * Constructs a new CodecParameterValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.CodecParameterValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CodecParameterValue text. */
            text?: (string|null);

            /** CodecParameterValue number. */
            number?: (number|null);

            /** CodecParameterValue value. */
            value?: ("text"|"number");

            /**
             * Creates a new CodecParameterValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CodecParameterValue instance
             */
            static create(properties: skylark.v1.CodecParameterValue.$Shape): skylark.v1.CodecParameterValue & skylark.v1.CodecParameterValue.$Shape;
            static create(properties?: skylark.v1.CodecParameterValue.$Properties): skylark.v1.CodecParameterValue;

            /**
             * Encodes the specified CodecParameterValue message. Does not implicitly {@link skylark.v1.CodecParameterValue.verify|verify} messages.
             * @param message CodecParameterValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.CodecParameterValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CodecParameterValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.CodecParameterValue & skylark.v1.CodecParameterValue.$Shape} CodecParameterValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.CodecParameterValue & skylark.v1.CodecParameterValue.$Shape;
        }

        namespace CodecParameterValue {

            /** Properties of a CodecParameterValue. */
            interface $Properties {

                /** CodecParameterValue text */
                text?: (string|null);

                /** CodecParameterValue number */
                number?: (number|null);

                /** CodecParameterValue value */
                value?: ("text"|"number");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CodecParameterValue. */
            type $Shape = {
              text?: string|null;
              number?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; text?: null; number?: null }|{ value?: "text"; text: string; number?: null }|{ value?: "number"; text?: null; number: number })
            );
        }

        /**
         * Properties of a RtcpFeedback.
         * @deprecated Use skylark.v1.RtcpFeedback.$Properties instead.
         */
        interface IRtcpFeedback extends skylark.v1.RtcpFeedback.$Properties {
        }

        /** Represents a RtcpFeedback. */
        class RtcpFeedback {

            /**
             * Constructs a new RtcpFeedback.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtcpFeedback.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtcpFeedback type. */
            type: string;

            /** RtcpFeedback parameter. */
            parameter?: (string|null);

            /**
             * Creates a new RtcpFeedback instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtcpFeedback instance
             */
            static create(properties: skylark.v1.RtcpFeedback.$Shape): skylark.v1.RtcpFeedback & skylark.v1.RtcpFeedback.$Shape;
            static create(properties?: skylark.v1.RtcpFeedback.$Properties): skylark.v1.RtcpFeedback;

            /**
             * Encodes the specified RtcpFeedback message. Does not implicitly {@link skylark.v1.RtcpFeedback.verify|verify} messages.
             * @param message RtcpFeedback message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtcpFeedback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtcpFeedback message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtcpFeedback & skylark.v1.RtcpFeedback.$Shape} RtcpFeedback
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtcpFeedback & skylark.v1.RtcpFeedback.$Shape;
        }

        namespace RtcpFeedback {

            /** Properties of a RtcpFeedback. */
            interface $Properties {

                /** RtcpFeedback type */
                type?: (string|null);

                /** RtcpFeedback parameter */
                parameter?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtcpFeedback. */
            type $Shape = skylark.v1.RtcpFeedback.$Properties;
        }

        /**
         * Properties of a RtpCodecCapability.
         * @deprecated Use skylark.v1.RtpCodecCapability.$Properties instead.
         */
        interface IRtpCodecCapability extends skylark.v1.RtpCodecCapability.$Properties {
        }

        /** Represents a RtpCodecCapability. */
        class RtpCodecCapability {

            /**
             * Constructs a new RtpCodecCapability.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtpCodecCapability.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtpCodecCapability kind. */
            kind: string;

            /** RtpCodecCapability mimeType. */
            mimeType: string;

            /** RtpCodecCapability preferredPayloadType. */
            preferredPayloadType?: (number|null);

            /** RtpCodecCapability clockRate. */
            clockRate: number;

            /** RtpCodecCapability channels. */
            channels?: (number|null);

            /** RtpCodecCapability parameters. */
            parameters: { [k: string]: skylark.v1.CodecParameterValue.$Properties };

            /** RtpCodecCapability rtcpFeedback. */
            rtcpFeedback: skylark.v1.RtcpFeedback.$Properties[];

            /**
             * Creates a new RtpCodecCapability instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtpCodecCapability instance
             */
            static create(properties: skylark.v1.RtpCodecCapability.$Shape): skylark.v1.RtpCodecCapability & skylark.v1.RtpCodecCapability.$Shape;
            static create(properties?: skylark.v1.RtpCodecCapability.$Properties): skylark.v1.RtpCodecCapability;

            /**
             * Encodes the specified RtpCodecCapability message. Does not implicitly {@link skylark.v1.RtpCodecCapability.verify|verify} messages.
             * @param message RtpCodecCapability message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtpCodecCapability.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtpCodecCapability message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtpCodecCapability & skylark.v1.RtpCodecCapability.$Shape} RtpCodecCapability
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtpCodecCapability & skylark.v1.RtpCodecCapability.$Shape;
        }

        namespace RtpCodecCapability {

            /** Properties of a RtpCodecCapability. */
            interface $Properties {

                /** RtpCodecCapability kind */
                kind?: (string|null);

                /** RtpCodecCapability mimeType */
                mimeType?: (string|null);

                /** RtpCodecCapability preferredPayloadType */
                preferredPayloadType?: (number|null);

                /** RtpCodecCapability clockRate */
                clockRate?: (number|null);

                /** RtpCodecCapability channels */
                channels?: (number|null);

                /** RtpCodecCapability parameters */
                parameters?: ({ [k: string]: skylark.v1.CodecParameterValue.$Properties }|null);

                /** RtpCodecCapability rtcpFeedback */
                rtcpFeedback?: (skylark.v1.RtcpFeedback.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtpCodecCapability. */
            type $Shape = {
              kind?: string|null;
              mimeType?: string|null;
              preferredPayloadType?: number|null;
              clockRate?: number|null;
              channels?: number|null;
              parameters?: { [k: string]: skylark.v1.CodecParameterValue.$Shape }|null;
              rtcpFeedback?: skylark.v1.RtcpFeedback.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a RtpHeaderExtension.
         * @deprecated Use skylark.v1.RtpHeaderExtension.$Properties instead.
         */
        interface IRtpHeaderExtension extends skylark.v1.RtpHeaderExtension.$Properties {
        }

        /** Represents a RtpHeaderExtension. */
        class RtpHeaderExtension {

            /**
             * Constructs a new RtpHeaderExtension.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtpHeaderExtension.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtpHeaderExtension kind. */
            kind: string;

            /** RtpHeaderExtension uri. */
            uri: string;

            /** RtpHeaderExtension preferredId. */
            preferredId: number;

            /** RtpHeaderExtension preferredEncrypt. */
            preferredEncrypt?: (boolean|null);

            /** RtpHeaderExtension direction. */
            direction?: (string|null);

            /**
             * Creates a new RtpHeaderExtension instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtpHeaderExtension instance
             */
            static create(properties: skylark.v1.RtpHeaderExtension.$Shape): skylark.v1.RtpHeaderExtension & skylark.v1.RtpHeaderExtension.$Shape;
            static create(properties?: skylark.v1.RtpHeaderExtension.$Properties): skylark.v1.RtpHeaderExtension;

            /**
             * Encodes the specified RtpHeaderExtension message. Does not implicitly {@link skylark.v1.RtpHeaderExtension.verify|verify} messages.
             * @param message RtpHeaderExtension message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtpHeaderExtension.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtpHeaderExtension message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtpHeaderExtension & skylark.v1.RtpHeaderExtension.$Shape} RtpHeaderExtension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtpHeaderExtension & skylark.v1.RtpHeaderExtension.$Shape;
        }

        namespace RtpHeaderExtension {

            /** Properties of a RtpHeaderExtension. */
            interface $Properties {

                /** RtpHeaderExtension kind */
                kind?: (string|null);

                /** RtpHeaderExtension uri */
                uri?: (string|null);

                /** RtpHeaderExtension preferredId */
                preferredId?: (number|null);

                /** RtpHeaderExtension preferredEncrypt */
                preferredEncrypt?: (boolean|null);

                /** RtpHeaderExtension direction */
                direction?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtpHeaderExtension. */
            type $Shape = skylark.v1.RtpHeaderExtension.$Properties;
        }

        /**
         * Properties of a RtpCapabilities.
         * @deprecated Use skylark.v1.RtpCapabilities.$Properties instead.
         */
        interface IRtpCapabilities extends skylark.v1.RtpCapabilities.$Properties {
        }

        /** Represents a RtpCapabilities. */
        class RtpCapabilities {

            /**
             * Constructs a new RtpCapabilities.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtpCapabilities.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtpCapabilities codecs. */
            codecs: skylark.v1.RtpCodecCapability.$Properties[];

            /** RtpCapabilities headerExtensions. */
            headerExtensions: skylark.v1.RtpHeaderExtension.$Properties[];

            /**
             * Creates a new RtpCapabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtpCapabilities instance
             */
            static create(properties: skylark.v1.RtpCapabilities.$Shape): skylark.v1.RtpCapabilities & skylark.v1.RtpCapabilities.$Shape;
            static create(properties?: skylark.v1.RtpCapabilities.$Properties): skylark.v1.RtpCapabilities;

            /**
             * Encodes the specified RtpCapabilities message. Does not implicitly {@link skylark.v1.RtpCapabilities.verify|verify} messages.
             * @param message RtpCapabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtpCapabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtpCapabilities message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtpCapabilities & skylark.v1.RtpCapabilities.$Shape} RtpCapabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtpCapabilities & skylark.v1.RtpCapabilities.$Shape;
        }

        namespace RtpCapabilities {

            /** Properties of a RtpCapabilities. */
            interface $Properties {

                /** RtpCapabilities codecs */
                codecs?: (skylark.v1.RtpCodecCapability.$Properties[]|null);

                /** RtpCapabilities headerExtensions */
                headerExtensions?: (skylark.v1.RtpHeaderExtension.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtpCapabilities. */
            type $Shape = {
              codecs?: skylark.v1.RtpCodecCapability.$Shape[]|null;
              headerExtensions?: skylark.v1.RtpHeaderExtension.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a RtpCodecParameters.
         * @deprecated Use skylark.v1.RtpCodecParameters.$Properties instead.
         */
        interface IRtpCodecParameters extends skylark.v1.RtpCodecParameters.$Properties {
        }

        /** Represents a RtpCodecParameters. */
        class RtpCodecParameters {

            /**
             * Constructs a new RtpCodecParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtpCodecParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtpCodecParameters mimeType. */
            mimeType: string;

            /** RtpCodecParameters payloadType. */
            payloadType: number;

            /** RtpCodecParameters clockRate. */
            clockRate: number;

            /** RtpCodecParameters channels. */
            channels?: (number|null);

            /** RtpCodecParameters parameters. */
            parameters: { [k: string]: skylark.v1.CodecParameterValue.$Properties };

            /** RtpCodecParameters rtcpFeedback. */
            rtcpFeedback: skylark.v1.RtcpFeedback.$Properties[];

            /**
             * Creates a new RtpCodecParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtpCodecParameters instance
             */
            static create(properties: skylark.v1.RtpCodecParameters.$Shape): skylark.v1.RtpCodecParameters & skylark.v1.RtpCodecParameters.$Shape;
            static create(properties?: skylark.v1.RtpCodecParameters.$Properties): skylark.v1.RtpCodecParameters;

            /**
             * Encodes the specified RtpCodecParameters message. Does not implicitly {@link skylark.v1.RtpCodecParameters.verify|verify} messages.
             * @param message RtpCodecParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtpCodecParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtpCodecParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtpCodecParameters & skylark.v1.RtpCodecParameters.$Shape} RtpCodecParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtpCodecParameters & skylark.v1.RtpCodecParameters.$Shape;
        }

        namespace RtpCodecParameters {

            /** Properties of a RtpCodecParameters. */
            interface $Properties {

                /** RtpCodecParameters mimeType */
                mimeType?: (string|null);

                /** RtpCodecParameters payloadType */
                payloadType?: (number|null);

                /** RtpCodecParameters clockRate */
                clockRate?: (number|null);

                /** RtpCodecParameters channels */
                channels?: (number|null);

                /** RtpCodecParameters parameters */
                parameters?: ({ [k: string]: skylark.v1.CodecParameterValue.$Properties }|null);

                /** RtpCodecParameters rtcpFeedback */
                rtcpFeedback?: (skylark.v1.RtcpFeedback.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtpCodecParameters. */
            type $Shape = {
              mimeType?: string|null;
              payloadType?: number|null;
              clockRate?: number|null;
              channels?: number|null;
              parameters?: { [k: string]: skylark.v1.CodecParameterValue.$Shape }|null;
              rtcpFeedback?: skylark.v1.RtcpFeedback.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a RtpHeaderExtensionParameters.
         * @deprecated Use skylark.v1.RtpHeaderExtensionParameters.$Properties instead.
         */
        interface IRtpHeaderExtensionParameters extends skylark.v1.RtpHeaderExtensionParameters.$Properties {
        }

        /** Represents a RtpHeaderExtensionParameters. */
        class RtpHeaderExtensionParameters {

            /**
             * Constructs a new RtpHeaderExtensionParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtpHeaderExtensionParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtpHeaderExtensionParameters uri. */
            uri: string;

            /** RtpHeaderExtensionParameters id. */
            id: number;

            /** RtpHeaderExtensionParameters encrypt. */
            encrypt?: (boolean|null);

            /** RtpHeaderExtensionParameters parameters. */
            parameters: { [k: string]: skylark.v1.CodecParameterValue.$Properties };

            /**
             * Creates a new RtpHeaderExtensionParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtpHeaderExtensionParameters instance
             */
            static create(properties: skylark.v1.RtpHeaderExtensionParameters.$Shape): skylark.v1.RtpHeaderExtensionParameters & skylark.v1.RtpHeaderExtensionParameters.$Shape;
            static create(properties?: skylark.v1.RtpHeaderExtensionParameters.$Properties): skylark.v1.RtpHeaderExtensionParameters;

            /**
             * Encodes the specified RtpHeaderExtensionParameters message. Does not implicitly {@link skylark.v1.RtpHeaderExtensionParameters.verify|verify} messages.
             * @param message RtpHeaderExtensionParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtpHeaderExtensionParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtpHeaderExtensionParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtpHeaderExtensionParameters & skylark.v1.RtpHeaderExtensionParameters.$Shape} RtpHeaderExtensionParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtpHeaderExtensionParameters & skylark.v1.RtpHeaderExtensionParameters.$Shape;
        }

        namespace RtpHeaderExtensionParameters {

            /** Properties of a RtpHeaderExtensionParameters. */
            interface $Properties {

                /** RtpHeaderExtensionParameters uri */
                uri?: (string|null);

                /** RtpHeaderExtensionParameters id */
                id?: (number|null);

                /** RtpHeaderExtensionParameters encrypt */
                encrypt?: (boolean|null);

                /** RtpHeaderExtensionParameters parameters */
                parameters?: ({ [k: string]: skylark.v1.CodecParameterValue.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtpHeaderExtensionParameters. */
            type $Shape = {
              uri?: string|null;
              id?: number|null;
              encrypt?: boolean|null;
              parameters?: { [k: string]: skylark.v1.CodecParameterValue.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a RtxParameters.
         * @deprecated Use skylark.v1.RtxParameters.$Properties instead.
         */
        interface IRtxParameters extends skylark.v1.RtxParameters.$Properties {
        }

        /** Represents a RtxParameters. */
        class RtxParameters {

            /**
             * Constructs a new RtxParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtxParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtxParameters ssrc. */
            ssrc: number;

            /**
             * Creates a new RtxParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtxParameters instance
             */
            static create(properties: skylark.v1.RtxParameters.$Shape): skylark.v1.RtxParameters & skylark.v1.RtxParameters.$Shape;
            static create(properties?: skylark.v1.RtxParameters.$Properties): skylark.v1.RtxParameters;

            /**
             * Encodes the specified RtxParameters message. Does not implicitly {@link skylark.v1.RtxParameters.verify|verify} messages.
             * @param message RtxParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtxParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtxParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtxParameters & skylark.v1.RtxParameters.$Shape} RtxParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtxParameters & skylark.v1.RtxParameters.$Shape;
        }

        namespace RtxParameters {

            /** Properties of a RtxParameters. */
            interface $Properties {

                /** RtxParameters ssrc */
                ssrc?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtxParameters. */
            type $Shape = skylark.v1.RtxParameters.$Properties;
        }

        /**
         * Properties of a RtpEncodingParameters.
         * @deprecated Use skylark.v1.RtpEncodingParameters.$Properties instead.
         */
        interface IRtpEncodingParameters extends skylark.v1.RtpEncodingParameters.$Properties {
        }

        /** Represents a RtpEncodingParameters. */
        class RtpEncodingParameters {

            /**
             * Constructs a new RtpEncodingParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtpEncodingParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtpEncodingParameters ssrc. */
            ssrc?: (number|null);

            /** RtpEncodingParameters rid. */
            rid?: (string|null);

            /** RtpEncodingParameters codecPayloadType. */
            codecPayloadType?: (number|null);

            /** RtpEncodingParameters rtx. */
            rtx?: (skylark.v1.RtxParameters.$Properties|null);

            /** RtpEncodingParameters dtx. */
            dtx?: (boolean|null);

            /** RtpEncodingParameters scalabilityMode. */
            scalabilityMode?: (string|null);

            /** RtpEncodingParameters scaleResolutionDownBy. */
            scaleResolutionDownBy?: (number|null);

            /** RtpEncodingParameters maxBitrate. */
            maxBitrate?: (number|null);

            /** RtpEncodingParameters maxFramerate. */
            maxFramerate?: (number|null);

            /** RtpEncodingParameters active. */
            active?: (boolean|null);

            /**
             * Creates a new RtpEncodingParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtpEncodingParameters instance
             */
            static create(properties: skylark.v1.RtpEncodingParameters.$Shape): skylark.v1.RtpEncodingParameters & skylark.v1.RtpEncodingParameters.$Shape;
            static create(properties?: skylark.v1.RtpEncodingParameters.$Properties): skylark.v1.RtpEncodingParameters;

            /**
             * Encodes the specified RtpEncodingParameters message. Does not implicitly {@link skylark.v1.RtpEncodingParameters.verify|verify} messages.
             * @param message RtpEncodingParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtpEncodingParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtpEncodingParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtpEncodingParameters & skylark.v1.RtpEncodingParameters.$Shape} RtpEncodingParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtpEncodingParameters & skylark.v1.RtpEncodingParameters.$Shape;
        }

        namespace RtpEncodingParameters {

            /** Properties of a RtpEncodingParameters. */
            interface $Properties {

                /** RtpEncodingParameters ssrc */
                ssrc?: (number|null);

                /** RtpEncodingParameters rid */
                rid?: (string|null);

                /** RtpEncodingParameters codecPayloadType */
                codecPayloadType?: (number|null);

                /** RtpEncodingParameters rtx */
                rtx?: (skylark.v1.RtxParameters.$Properties|null);

                /** RtpEncodingParameters dtx */
                dtx?: (boolean|null);

                /** RtpEncodingParameters scalabilityMode */
                scalabilityMode?: (string|null);

                /** RtpEncodingParameters scaleResolutionDownBy */
                scaleResolutionDownBy?: (number|null);

                /** RtpEncodingParameters maxBitrate */
                maxBitrate?: (number|null);

                /** RtpEncodingParameters maxFramerate */
                maxFramerate?: (number|null);

                /** RtpEncodingParameters active */
                active?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtpEncodingParameters. */
            type $Shape = skylark.v1.RtpEncodingParameters.$Properties;
        }

        /**
         * Properties of a RtcpParameters.
         * @deprecated Use skylark.v1.RtcpParameters.$Properties instead.
         */
        interface IRtcpParameters extends skylark.v1.RtcpParameters.$Properties {
        }

        /** Represents a RtcpParameters. */
        class RtcpParameters {

            /**
             * Constructs a new RtcpParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtcpParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtcpParameters cname. */
            cname?: (string|null);

            /** RtcpParameters reducedSize. */
            reducedSize?: (boolean|null);

            /**
             * Creates a new RtcpParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtcpParameters instance
             */
            static create(properties: skylark.v1.RtcpParameters.$Shape): skylark.v1.RtcpParameters & skylark.v1.RtcpParameters.$Shape;
            static create(properties?: skylark.v1.RtcpParameters.$Properties): skylark.v1.RtcpParameters;

            /**
             * Encodes the specified RtcpParameters message. Does not implicitly {@link skylark.v1.RtcpParameters.verify|verify} messages.
             * @param message RtcpParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtcpParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtcpParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtcpParameters & skylark.v1.RtcpParameters.$Shape} RtcpParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtcpParameters & skylark.v1.RtcpParameters.$Shape;
        }

        namespace RtcpParameters {

            /** Properties of a RtcpParameters. */
            interface $Properties {

                /** RtcpParameters cname */
                cname?: (string|null);

                /** RtcpParameters reducedSize */
                reducedSize?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtcpParameters. */
            type $Shape = skylark.v1.RtcpParameters.$Properties;
        }

        /**
         * Properties of a RtpParameters.
         * @deprecated Use skylark.v1.RtpParameters.$Properties instead.
         */
        interface IRtpParameters extends skylark.v1.RtpParameters.$Properties {
        }

        /** Represents a RtpParameters. */
        class RtpParameters {

            /**
             * Constructs a new RtpParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RtpParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RtpParameters mid. */
            mid?: (string|null);

            /** RtpParameters codecs. */
            codecs: skylark.v1.RtpCodecParameters.$Properties[];

            /** RtpParameters headerExtensions. */
            headerExtensions: skylark.v1.RtpHeaderExtensionParameters.$Properties[];

            /** RtpParameters encodings. */
            encodings: skylark.v1.RtpEncodingParameters.$Properties[];

            /** RtpParameters rtcp. */
            rtcp?: (skylark.v1.RtcpParameters.$Properties|null);

            /**
             * Creates a new RtpParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RtpParameters instance
             */
            static create(properties: skylark.v1.RtpParameters.$Shape): skylark.v1.RtpParameters & skylark.v1.RtpParameters.$Shape;
            static create(properties?: skylark.v1.RtpParameters.$Properties): skylark.v1.RtpParameters;

            /**
             * Encodes the specified RtpParameters message. Does not implicitly {@link skylark.v1.RtpParameters.verify|verify} messages.
             * @param message RtpParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RtpParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RtpParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RtpParameters & skylark.v1.RtpParameters.$Shape} RtpParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RtpParameters & skylark.v1.RtpParameters.$Shape;
        }

        namespace RtpParameters {

            /** Properties of a RtpParameters. */
            interface $Properties {

                /** RtpParameters mid */
                mid?: (string|null);

                /** RtpParameters codecs */
                codecs?: (skylark.v1.RtpCodecParameters.$Properties[]|null);

                /** RtpParameters headerExtensions */
                headerExtensions?: (skylark.v1.RtpHeaderExtensionParameters.$Properties[]|null);

                /** RtpParameters encodings */
                encodings?: (skylark.v1.RtpEncodingParameters.$Properties[]|null);

                /** RtpParameters rtcp */
                rtcp?: (skylark.v1.RtcpParameters.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RtpParameters. */
            type $Shape = {
              mid?: string|null;
              codecs?: skylark.v1.RtpCodecParameters.$Shape[]|null;
              headerExtensions?: skylark.v1.RtpHeaderExtensionParameters.$Shape[]|null;
              encodings?: skylark.v1.RtpEncodingParameters.$Shape[]|null;
              rtcp?: skylark.v1.RtcpParameters.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an IceParameters.
         * @deprecated Use skylark.v1.IceParameters.$Properties instead.
         */
        interface IIceParameters extends skylark.v1.IceParameters.$Properties {
        }

        /** Represents an IceParameters. */
        class IceParameters {

            /**
             * Constructs a new IceParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.IceParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IceParameters usernameFragment. */
            usernameFragment: string;

            /** IceParameters password. */
            password: string;

            /** IceParameters iceLite. */
            iceLite?: (boolean|null);

            /**
             * Creates a new IceParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IceParameters instance
             */
            static create(properties: skylark.v1.IceParameters.$Shape): skylark.v1.IceParameters & skylark.v1.IceParameters.$Shape;
            static create(properties?: skylark.v1.IceParameters.$Properties): skylark.v1.IceParameters;

            /**
             * Encodes the specified IceParameters message. Does not implicitly {@link skylark.v1.IceParameters.verify|verify} messages.
             * @param message IceParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.IceParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IceParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.IceParameters & skylark.v1.IceParameters.$Shape} IceParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.IceParameters & skylark.v1.IceParameters.$Shape;
        }

        namespace IceParameters {

            /** Properties of an IceParameters. */
            interface $Properties {

                /** IceParameters usernameFragment */
                usernameFragment?: (string|null);

                /** IceParameters password */
                password?: (string|null);

                /** IceParameters iceLite */
                iceLite?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IceParameters. */
            type $Shape = skylark.v1.IceParameters.$Properties;
        }

        /**
         * Properties of an IceCandidate.
         * @deprecated Use skylark.v1.IceCandidate.$Properties instead.
         */
        interface IIceCandidate extends skylark.v1.IceCandidate.$Properties {
        }

        /** Represents an IceCandidate. */
        class IceCandidate {

            /**
             * Constructs a new IceCandidate.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.IceCandidate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IceCandidate foundation. */
            foundation: string;

            /** IceCandidate priority. */
            priority: number;

            /** IceCandidate address. */
            address: string;

            /** IceCandidate protocol. */
            protocol: string;

            /** IceCandidate port. */
            port: number;

            /** IceCandidate type. */
            type: string;

            /** IceCandidate tcpType. */
            tcpType?: (string|null);

            /**
             * Creates a new IceCandidate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IceCandidate instance
             */
            static create(properties: skylark.v1.IceCandidate.$Shape): skylark.v1.IceCandidate & skylark.v1.IceCandidate.$Shape;
            static create(properties?: skylark.v1.IceCandidate.$Properties): skylark.v1.IceCandidate;

            /**
             * Encodes the specified IceCandidate message. Does not implicitly {@link skylark.v1.IceCandidate.verify|verify} messages.
             * @param message IceCandidate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.IceCandidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IceCandidate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.IceCandidate & skylark.v1.IceCandidate.$Shape} IceCandidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.IceCandidate & skylark.v1.IceCandidate.$Shape;
        }

        namespace IceCandidate {

            /** Properties of an IceCandidate. */
            interface $Properties {

                /** IceCandidate foundation */
                foundation?: (string|null);

                /** IceCandidate priority */
                priority?: (number|null);

                /** IceCandidate address */
                address?: (string|null);

                /** IceCandidate protocol */
                protocol?: (string|null);

                /** IceCandidate port */
                port?: (number|null);

                /** IceCandidate type */
                type?: (string|null);

                /** IceCandidate tcpType */
                tcpType?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IceCandidate. */
            type $Shape = skylark.v1.IceCandidate.$Properties;
        }

        /**
         * Properties of a DtlsFingerprint.
         * @deprecated Use skylark.v1.DtlsFingerprint.$Properties instead.
         */
        interface IDtlsFingerprint extends skylark.v1.DtlsFingerprint.$Properties {
        }

        /** Represents a DtlsFingerprint. */
        class DtlsFingerprint {

            /**
             * Constructs a new DtlsFingerprint.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.DtlsFingerprint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DtlsFingerprint algorithm. */
            algorithm: string;

            /** DtlsFingerprint value. */
            value: string;

            /**
             * Creates a new DtlsFingerprint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DtlsFingerprint instance
             */
            static create(properties: skylark.v1.DtlsFingerprint.$Shape): skylark.v1.DtlsFingerprint & skylark.v1.DtlsFingerprint.$Shape;
            static create(properties?: skylark.v1.DtlsFingerprint.$Properties): skylark.v1.DtlsFingerprint;

            /**
             * Encodes the specified DtlsFingerprint message. Does not implicitly {@link skylark.v1.DtlsFingerprint.verify|verify} messages.
             * @param message DtlsFingerprint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.DtlsFingerprint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DtlsFingerprint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.DtlsFingerprint & skylark.v1.DtlsFingerprint.$Shape} DtlsFingerprint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.DtlsFingerprint & skylark.v1.DtlsFingerprint.$Shape;
        }

        namespace DtlsFingerprint {

            /** Properties of a DtlsFingerprint. */
            interface $Properties {

                /** DtlsFingerprint algorithm */
                algorithm?: (string|null);

                /** DtlsFingerprint value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DtlsFingerprint. */
            type $Shape = skylark.v1.DtlsFingerprint.$Properties;
        }

        /**
         * Properties of a DtlsParameters.
         * @deprecated Use skylark.v1.DtlsParameters.$Properties instead.
         */
        interface IDtlsParameters extends skylark.v1.DtlsParameters.$Properties {
        }

        /** Represents a DtlsParameters. */
        class DtlsParameters {

            /**
             * Constructs a new DtlsParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.DtlsParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DtlsParameters role. */
            role?: (string|null);

            /** DtlsParameters fingerprints. */
            fingerprints: skylark.v1.DtlsFingerprint.$Properties[];

            /**
             * Creates a new DtlsParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DtlsParameters instance
             */
            static create(properties: skylark.v1.DtlsParameters.$Shape): skylark.v1.DtlsParameters & skylark.v1.DtlsParameters.$Shape;
            static create(properties?: skylark.v1.DtlsParameters.$Properties): skylark.v1.DtlsParameters;

            /**
             * Encodes the specified DtlsParameters message. Does not implicitly {@link skylark.v1.DtlsParameters.verify|verify} messages.
             * @param message DtlsParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.DtlsParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DtlsParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.DtlsParameters & skylark.v1.DtlsParameters.$Shape} DtlsParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.DtlsParameters & skylark.v1.DtlsParameters.$Shape;
        }

        namespace DtlsParameters {

            /** Properties of a DtlsParameters. */
            interface $Properties {

                /** DtlsParameters role */
                role?: (string|null);

                /** DtlsParameters fingerprints */
                fingerprints?: (skylark.v1.DtlsFingerprint.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DtlsParameters. */
            type $Shape = skylark.v1.DtlsParameters.$Properties;
        }

        /**
         * Properties of a NumSctpStreams.
         * @deprecated Use skylark.v1.NumSctpStreams.$Properties instead.
         */
        interface INumSctpStreams extends skylark.v1.NumSctpStreams.$Properties {
        }

        /** Represents a NumSctpStreams. */
        class NumSctpStreams {

            /**
             * Constructs a new NumSctpStreams.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.NumSctpStreams.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NumSctpStreams OS. */
            OS: number;

            /** NumSctpStreams MIS. */
            MIS: number;

            /**
             * Creates a new NumSctpStreams instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NumSctpStreams instance
             */
            static create(properties: skylark.v1.NumSctpStreams.$Shape): skylark.v1.NumSctpStreams & skylark.v1.NumSctpStreams.$Shape;
            static create(properties?: skylark.v1.NumSctpStreams.$Properties): skylark.v1.NumSctpStreams;

            /**
             * Encodes the specified NumSctpStreams message. Does not implicitly {@link skylark.v1.NumSctpStreams.verify|verify} messages.
             * @param message NumSctpStreams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.NumSctpStreams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NumSctpStreams message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.NumSctpStreams & skylark.v1.NumSctpStreams.$Shape} NumSctpStreams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.NumSctpStreams & skylark.v1.NumSctpStreams.$Shape;
        }

        namespace NumSctpStreams {

            /** Properties of a NumSctpStreams. */
            interface $Properties {

                /** NumSctpStreams OS */
                OS?: (number|null);

                /** NumSctpStreams MIS */
                MIS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NumSctpStreams. */
            type $Shape = skylark.v1.NumSctpStreams.$Properties;
        }

        /**
         * Properties of a SctpCapabilities.
         * @deprecated Use skylark.v1.SctpCapabilities.$Properties instead.
         */
        interface ISctpCapabilities extends skylark.v1.SctpCapabilities.$Properties {
        }

        /** Represents a SctpCapabilities. */
        class SctpCapabilities {

            /**
             * Constructs a new SctpCapabilities.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.SctpCapabilities.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SctpCapabilities numStreams. */
            numStreams?: (skylark.v1.NumSctpStreams.$Properties|null);

            /**
             * Creates a new SctpCapabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SctpCapabilities instance
             */
            static create(properties: skylark.v1.SctpCapabilities.$Shape): skylark.v1.SctpCapabilities & skylark.v1.SctpCapabilities.$Shape;
            static create(properties?: skylark.v1.SctpCapabilities.$Properties): skylark.v1.SctpCapabilities;

            /**
             * Encodes the specified SctpCapabilities message. Does not implicitly {@link skylark.v1.SctpCapabilities.verify|verify} messages.
             * @param message SctpCapabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.SctpCapabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SctpCapabilities message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.SctpCapabilities & skylark.v1.SctpCapabilities.$Shape} SctpCapabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.SctpCapabilities & skylark.v1.SctpCapabilities.$Shape;
        }

        namespace SctpCapabilities {

            /** Properties of a SctpCapabilities. */
            interface $Properties {

                /** SctpCapabilities numStreams */
                numStreams?: (skylark.v1.NumSctpStreams.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SctpCapabilities. */
            type $Shape = skylark.v1.SctpCapabilities.$Properties;
        }

        /**
         * Properties of a SctpParameters.
         * @deprecated Use skylark.v1.SctpParameters.$Properties instead.
         */
        interface ISctpParameters extends skylark.v1.SctpParameters.$Properties {
        }

        /** Represents a SctpParameters. */
        class SctpParameters {

            /**
             * Constructs a new SctpParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.SctpParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SctpParameters port. */
            port: number;

            /** SctpParameters OS. */
            OS: number;

            /** SctpParameters MIS. */
            MIS: number;

            /** SctpParameters maxMessageSize. */
            maxMessageSize: number;

            /** SctpParameters maxSendMessageSize. */
            maxSendMessageSize: number;

            /** SctpParameters maxReceiveMessageSize. */
            maxReceiveMessageSize: number;

            /**
             * Creates a new SctpParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SctpParameters instance
             */
            static create(properties: skylark.v1.SctpParameters.$Shape): skylark.v1.SctpParameters & skylark.v1.SctpParameters.$Shape;
            static create(properties?: skylark.v1.SctpParameters.$Properties): skylark.v1.SctpParameters;

            /**
             * Encodes the specified SctpParameters message. Does not implicitly {@link skylark.v1.SctpParameters.verify|verify} messages.
             * @param message SctpParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.SctpParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SctpParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.SctpParameters & skylark.v1.SctpParameters.$Shape} SctpParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.SctpParameters & skylark.v1.SctpParameters.$Shape;
        }

        namespace SctpParameters {

            /** Properties of a SctpParameters. */
            interface $Properties {

                /** SctpParameters port */
                port?: (number|null);

                /** SctpParameters OS */
                OS?: (number|null);

                /** SctpParameters MIS */
                MIS?: (number|null);

                /** SctpParameters maxMessageSize */
                maxMessageSize?: (number|null);

                /** SctpParameters maxSendMessageSize */
                maxSendMessageSize?: (number|null);

                /** SctpParameters maxReceiveMessageSize */
                maxReceiveMessageSize?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SctpParameters. */
            type $Shape = skylark.v1.SctpParameters.$Properties;
        }

        /**
         * Properties of a SctpStreamParameters.
         * @deprecated Use skylark.v1.SctpStreamParameters.$Properties instead.
         */
        interface ISctpStreamParameters extends skylark.v1.SctpStreamParameters.$Properties {
        }

        /** Represents a SctpStreamParameters. */
        class SctpStreamParameters {

            /**
             * Constructs a new SctpStreamParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.SctpStreamParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SctpStreamParameters streamId. */
            streamId?: (number|null);

            /** SctpStreamParameters ordered. */
            ordered?: (boolean|null);

            /** SctpStreamParameters maxPacketLifeTime. */
            maxPacketLifeTime?: (number|null);

            /** SctpStreamParameters maxRetransmits. */
            maxRetransmits?: (number|null);

            /**
             * Creates a new SctpStreamParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SctpStreamParameters instance
             */
            static create(properties: skylark.v1.SctpStreamParameters.$Shape): skylark.v1.SctpStreamParameters & skylark.v1.SctpStreamParameters.$Shape;
            static create(properties?: skylark.v1.SctpStreamParameters.$Properties): skylark.v1.SctpStreamParameters;

            /**
             * Encodes the specified SctpStreamParameters message. Does not implicitly {@link skylark.v1.SctpStreamParameters.verify|verify} messages.
             * @param message SctpStreamParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.SctpStreamParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SctpStreamParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.SctpStreamParameters & skylark.v1.SctpStreamParameters.$Shape} SctpStreamParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.SctpStreamParameters & skylark.v1.SctpStreamParameters.$Shape;
        }

        namespace SctpStreamParameters {

            /** Properties of a SctpStreamParameters. */
            interface $Properties {

                /** SctpStreamParameters streamId */
                streamId?: (number|null);

                /** SctpStreamParameters ordered */
                ordered?: (boolean|null);

                /** SctpStreamParameters maxPacketLifeTime */
                maxPacketLifeTime?: (number|null);

                /** SctpStreamParameters maxRetransmits */
                maxRetransmits?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SctpStreamParameters. */
            type $Shape = skylark.v1.SctpStreamParameters.$Properties;
        }

        /**
         * Properties of an IceServer.
         * @deprecated Use skylark.v1.IceServer.$Properties instead.
         */
        interface IIceServer extends skylark.v1.IceServer.$Properties {
        }

        /** Represents an IceServer. */
        class IceServer {

            /**
             * Constructs a new IceServer.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.IceServer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IceServer urls. */
            urls: string[];

            /** IceServer username. */
            username?: (string|null);

            /** IceServer credential. */
            credential?: (string|null);

            /**
             * Creates a new IceServer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IceServer instance
             */
            static create(properties: skylark.v1.IceServer.$Shape): skylark.v1.IceServer & skylark.v1.IceServer.$Shape;
            static create(properties?: skylark.v1.IceServer.$Properties): skylark.v1.IceServer;

            /**
             * Encodes the specified IceServer message. Does not implicitly {@link skylark.v1.IceServer.verify|verify} messages.
             * @param message IceServer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.IceServer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IceServer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.IceServer & skylark.v1.IceServer.$Shape} IceServer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.IceServer & skylark.v1.IceServer.$Shape;
        }

        namespace IceServer {

            /** Properties of an IceServer. */
            interface $Properties {

                /** IceServer urls */
                urls?: (string[]|null);

                /** IceServer username */
                username?: (string|null);

                /** IceServer credential */
                credential?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IceServer. */
            type $Shape = skylark.v1.IceServer.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_CODE_UNSPECIFIED value */
            ERROR_CODE_UNSPECIFIED = 0,

            /** BAD_REQUEST value */
            BAD_REQUEST = 1,

            /** UNKNOWN_METHOD value */
            UNKNOWN_METHOD = 2,

            /** INVALID_STATE value */
            INVALID_STATE = 3,

            /** NOT_FOUND value */
            NOT_FOUND = 4,

            /** INVALID_PARAMETERS value */
            INVALID_PARAMETERS = 5,

            /** UNSUPPORTED value */
            UNSUPPORTED = 6,

            /** FORBIDDEN value */
            FORBIDDEN = 7,

            /** UNAUTHENTICATED value */
            UNAUTHENTICATED = 8,

            /** RATE_LIMITED value */
            RATE_LIMITED = 9,

            /** LIMIT_EXCEEDED value */
            LIMIT_EXCEEDED = 10,

            /** FRAME_TOO_LARGE value */
            FRAME_TOO_LARGE = 11,

            /** UNAVAILABLE value */
            UNAVAILABLE = 12,

            /** INTERNAL value */
            INTERNAL = 13,

            /** TIMEOUT value */
            TIMEOUT = 14,

            /** ICE_FAILED value */
            ICE_FAILED = 15,

            /** TURN_AUTH_FAILED value */
            TURN_AUTH_FAILED = 16,

            /** RELAY_UNAVAILABLE value */
            RELAY_UNAVAILABLE = 17,

            /** TICKET_INVALID value */
            TICKET_INVALID = 18,

            /** PROTOCOL_MISMATCH value */
            PROTOCOL_MISMATCH = 19,

            /** E2EE_KEY_MISMATCH value */
            E2EE_KEY_MISMATCH = 20
        }

        /**
         * Properties of an Error.
         * @deprecated Use skylark.v1.Error.$Properties instead.
         */
        interface IError extends skylark.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: skylark.v1.ErrorCode;

            /** Error message. */
            message: string;

            /** Error retryAfterMs. */
            retryAfterMs: number;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: skylark.v1.Error.$Shape): skylark.v1.Error & skylark.v1.Error.$Shape;
            static create(properties?: skylark.v1.Error.$Properties): skylark.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link skylark.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.Error & skylark.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.Error & skylark.v1.Error.$Shape;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (skylark.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = skylark.v1.Error.$Properties;
        }

        /** Role enum. */
        enum Role {

            /** ROLE_UNSPECIFIED value */
            ROLE_UNSPECIFIED = 0,

            /** PARTICIPANT value */
            PARTICIPANT = 1,

            /** PRESENTER value */
            PRESENTER = 2,

            /** VIEWER value */
            VIEWER = 3
        }

        /** Direction enum. */
        enum Direction {

            /** DIRECTION_UNSPECIFIED value */
            DIRECTION_UNSPECIFIED = 0,

            /** SEND value */
            SEND = 1,

            /** RECV value */
            RECV = 2
        }

        /**
         * Properties of a JoinRequest.
         * @deprecated Use skylark.v1.JoinRequest.$Properties instead.
         */
        interface IJoinRequest extends skylark.v1.JoinRequest.$Properties {
        }

        /** Represents a JoinRequest. */
        class JoinRequest {

            /**
             * Constructs a new JoinRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.JoinRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinRequest roomId. */
            roomId: string;

            /** JoinRequest displayName. */
            displayName: string;

            /** JoinRequest role. */
            role: skylark.v1.Role;

            /** JoinRequest ticket. */
            ticket: string;

            /** JoinRequest rtpCapabilities. */
            rtpCapabilities?: (skylark.v1.RtpCapabilities.$Properties|null);

            /** JoinRequest dataChannels. */
            dataChannels: boolean;

            /** JoinRequest transports. */
            transports: skylark.v1.Direction[];

            /** JoinRequest subscribe. */
            subscribe: boolean;

            /** JoinRequest dtlsParameters. */
            dtlsParameters?: (skylark.v1.DtlsParameters.$Properties|null);

            /**
             * Creates a new JoinRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JoinRequest instance
             */
            static create(properties: skylark.v1.JoinRequest.$Shape): skylark.v1.JoinRequest & skylark.v1.JoinRequest.$Shape;
            static create(properties?: skylark.v1.JoinRequest.$Properties): skylark.v1.JoinRequest;

            /**
             * Encodes the specified JoinRequest message. Does not implicitly {@link skylark.v1.JoinRequest.verify|verify} messages.
             * @param message JoinRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.JoinRequest & skylark.v1.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.JoinRequest & skylark.v1.JoinRequest.$Shape;
        }

        namespace JoinRequest {

            /** Properties of a JoinRequest. */
            interface $Properties {

                /** JoinRequest roomId */
                roomId?: (string|null);

                /** JoinRequest displayName */
                displayName?: (string|null);

                /** JoinRequest role */
                role?: (skylark.v1.Role|null);

                /** JoinRequest ticket */
                ticket?: (string|null);

                /** JoinRequest rtpCapabilities */
                rtpCapabilities?: (skylark.v1.RtpCapabilities.$Properties|null);

                /** JoinRequest dataChannels */
                dataChannels?: (boolean|null);

                /** JoinRequest transports */
                transports?: (skylark.v1.Direction[]|null);

                /** JoinRequest subscribe */
                subscribe?: (boolean|null);

                /** JoinRequest dtlsParameters */
                dtlsParameters?: (skylark.v1.DtlsParameters.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinRequest. */
            type $Shape = {
              roomId?: string|null;
              displayName?: string|null;
              role?: skylark.v1.Role|null;
              ticket?: string|null;
              rtpCapabilities?: skylark.v1.RtpCapabilities.$Shape|null;
              dataChannels?: boolean|null;
              transports?: skylark.v1.Direction[]|null;
              subscribe?: boolean|null;
              dtlsParameters?: skylark.v1.DtlsParameters.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SetCapabilitiesRequest.
         * @deprecated Use skylark.v1.SetCapabilitiesRequest.$Properties instead.
         */
        interface ISetCapabilitiesRequest extends skylark.v1.SetCapabilitiesRequest.$Properties {
        }

        /** Represents a SetCapabilitiesRequest. */
        class SetCapabilitiesRequest {

            /**
             * Constructs a new SetCapabilitiesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.SetCapabilitiesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetCapabilitiesRequest rtpCapabilities. */
            rtpCapabilities?: (skylark.v1.RtpCapabilities.$Properties|null);

            /** SetCapabilitiesRequest sctpCapabilities. */
            sctpCapabilities?: (skylark.v1.SctpCapabilities.$Properties|null);

            /** SetCapabilitiesRequest dataChannels. */
            dataChannels: boolean;

            /**
             * Creates a new SetCapabilitiesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetCapabilitiesRequest instance
             */
            static create(properties: skylark.v1.SetCapabilitiesRequest.$Shape): skylark.v1.SetCapabilitiesRequest & skylark.v1.SetCapabilitiesRequest.$Shape;
            static create(properties?: skylark.v1.SetCapabilitiesRequest.$Properties): skylark.v1.SetCapabilitiesRequest;

            /**
             * Encodes the specified SetCapabilitiesRequest message. Does not implicitly {@link skylark.v1.SetCapabilitiesRequest.verify|verify} messages.
             * @param message SetCapabilitiesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.SetCapabilitiesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetCapabilitiesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.SetCapabilitiesRequest & skylark.v1.SetCapabilitiesRequest.$Shape} SetCapabilitiesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.SetCapabilitiesRequest & skylark.v1.SetCapabilitiesRequest.$Shape;
        }

        namespace SetCapabilitiesRequest {

            /** Properties of a SetCapabilitiesRequest. */
            interface $Properties {

                /** SetCapabilitiesRequest rtpCapabilities */
                rtpCapabilities?: (skylark.v1.RtpCapabilities.$Properties|null);

                /** SetCapabilitiesRequest sctpCapabilities */
                sctpCapabilities?: (skylark.v1.SctpCapabilities.$Properties|null);

                /** SetCapabilitiesRequest dataChannels */
                dataChannels?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetCapabilitiesRequest. */
            type $Shape = {
              rtpCapabilities?: skylark.v1.RtpCapabilities.$Shape|null;
              sctpCapabilities?: skylark.v1.SctpCapabilities.$Shape|null;
              dataChannels?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CreateTransportRequest.
         * @deprecated Use skylark.v1.CreateTransportRequest.$Properties instead.
         */
        interface ICreateTransportRequest extends skylark.v1.CreateTransportRequest.$Properties {
        }

        /** Represents a CreateTransportRequest. */
        class CreateTransportRequest {

            /**
             * Constructs a new CreateTransportRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.CreateTransportRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateTransportRequest direction. */
            direction: skylark.v1.Direction;

            /**
             * Creates a new CreateTransportRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateTransportRequest instance
             */
            static create(properties: skylark.v1.CreateTransportRequest.$Shape): skylark.v1.CreateTransportRequest & skylark.v1.CreateTransportRequest.$Shape;
            static create(properties?: skylark.v1.CreateTransportRequest.$Properties): skylark.v1.CreateTransportRequest;

            /**
             * Encodes the specified CreateTransportRequest message. Does not implicitly {@link skylark.v1.CreateTransportRequest.verify|verify} messages.
             * @param message CreateTransportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.CreateTransportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTransportRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.CreateTransportRequest & skylark.v1.CreateTransportRequest.$Shape} CreateTransportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.CreateTransportRequest & skylark.v1.CreateTransportRequest.$Shape;
        }

        namespace CreateTransportRequest {

            /** Properties of a CreateTransportRequest. */
            interface $Properties {

                /** CreateTransportRequest direction */
                direction?: (skylark.v1.Direction|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTransportRequest. */
            type $Shape = skylark.v1.CreateTransportRequest.$Properties;
        }

        /**
         * Properties of a ConnectTransportRequest.
         * @deprecated Use skylark.v1.ConnectTransportRequest.$Properties instead.
         */
        interface IConnectTransportRequest extends skylark.v1.ConnectTransportRequest.$Properties {
        }

        /** Represents a ConnectTransportRequest. */
        class ConnectTransportRequest {

            /**
             * Constructs a new ConnectTransportRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConnectTransportRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectTransportRequest transportId. */
            transportId: string;

            /** ConnectTransportRequest dtlsParameters. */
            dtlsParameters?: (skylark.v1.DtlsParameters.$Properties|null);

            /**
             * Creates a new ConnectTransportRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectTransportRequest instance
             */
            static create(properties: skylark.v1.ConnectTransportRequest.$Shape): skylark.v1.ConnectTransportRequest & skylark.v1.ConnectTransportRequest.$Shape;
            static create(properties?: skylark.v1.ConnectTransportRequest.$Properties): skylark.v1.ConnectTransportRequest;

            /**
             * Encodes the specified ConnectTransportRequest message. Does not implicitly {@link skylark.v1.ConnectTransportRequest.verify|verify} messages.
             * @param message ConnectTransportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConnectTransportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectTransportRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConnectTransportRequest & skylark.v1.ConnectTransportRequest.$Shape} ConnectTransportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConnectTransportRequest & skylark.v1.ConnectTransportRequest.$Shape;
        }

        namespace ConnectTransportRequest {

            /** Properties of a ConnectTransportRequest. */
            interface $Properties {

                /** ConnectTransportRequest transportId */
                transportId?: (string|null);

                /** ConnectTransportRequest dtlsParameters */
                dtlsParameters?: (skylark.v1.DtlsParameters.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectTransportRequest. */
            type $Shape = skylark.v1.ConnectTransportRequest.$Properties;
        }

        /**
         * Properties of a RestartIceRequest.
         * @deprecated Use skylark.v1.RestartIceRequest.$Properties instead.
         */
        interface IRestartIceRequest extends skylark.v1.RestartIceRequest.$Properties {
        }

        /** Represents a RestartIceRequest. */
        class RestartIceRequest {

            /**
             * Constructs a new RestartIceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RestartIceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestartIceRequest transportId. */
            transportId: string;

            /**
             * Creates a new RestartIceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestartIceRequest instance
             */
            static create(properties: skylark.v1.RestartIceRequest.$Shape): skylark.v1.RestartIceRequest & skylark.v1.RestartIceRequest.$Shape;
            static create(properties?: skylark.v1.RestartIceRequest.$Properties): skylark.v1.RestartIceRequest;

            /**
             * Encodes the specified RestartIceRequest message. Does not implicitly {@link skylark.v1.RestartIceRequest.verify|verify} messages.
             * @param message RestartIceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RestartIceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestartIceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RestartIceRequest & skylark.v1.RestartIceRequest.$Shape} RestartIceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RestartIceRequest & skylark.v1.RestartIceRequest.$Shape;
        }

        namespace RestartIceRequest {

            /** Properties of a RestartIceRequest. */
            interface $Properties {

                /** RestartIceRequest transportId */
                transportId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestartIceRequest. */
            type $Shape = skylark.v1.RestartIceRequest.$Properties;
        }

        /**
         * Properties of a ProduceRequest.
         * @deprecated Use skylark.v1.ProduceRequest.$Properties instead.
         */
        interface IProduceRequest extends skylark.v1.ProduceRequest.$Properties {
        }

        /** Represents a ProduceRequest. */
        class ProduceRequest {

            /**
             * Constructs a new ProduceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ProduceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceRequest transportId. */
            transportId: string;

            /** ProduceRequest kind. */
            kind: string;

            /** ProduceRequest rtpParameters. */
            rtpParameters?: (skylark.v1.RtpParameters.$Properties|null);

            /** ProduceRequest source. */
            source: string;

            /** ProduceRequest paused. */
            paused: boolean;

            /** ProduceRequest encrypted. */
            encrypted: boolean;

            /**
             * Creates a new ProduceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProduceRequest instance
             */
            static create(properties: skylark.v1.ProduceRequest.$Shape): skylark.v1.ProduceRequest & skylark.v1.ProduceRequest.$Shape;
            static create(properties?: skylark.v1.ProduceRequest.$Properties): skylark.v1.ProduceRequest;

            /**
             * Encodes the specified ProduceRequest message. Does not implicitly {@link skylark.v1.ProduceRequest.verify|verify} messages.
             * @param message ProduceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ProduceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ProduceRequest & skylark.v1.ProduceRequest.$Shape} ProduceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ProduceRequest & skylark.v1.ProduceRequest.$Shape;
        }

        namespace ProduceRequest {

            /** Properties of a ProduceRequest. */
            interface $Properties {

                /** ProduceRequest transportId */
                transportId?: (string|null);

                /** ProduceRequest kind */
                kind?: (string|null);

                /** ProduceRequest rtpParameters */
                rtpParameters?: (skylark.v1.RtpParameters.$Properties|null);

                /** ProduceRequest source */
                source?: (string|null);

                /** ProduceRequest paused */
                paused?: (boolean|null);

                /** ProduceRequest encrypted */
                encrypted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceRequest. */
            type $Shape = {
              transportId?: string|null;
              kind?: string|null;
              rtpParameters?: skylark.v1.RtpParameters.$Shape|null;
              source?: string|null;
              paused?: boolean|null;
              encrypted?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ProducerRequest.
         * @deprecated Use skylark.v1.ProducerRequest.$Properties instead.
         */
        interface IProducerRequest extends skylark.v1.ProducerRequest.$Properties {
        }

        /** Represents a ProducerRequest. */
        class ProducerRequest {

            /**
             * Constructs a new ProducerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ProducerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProducerRequest producerId. */
            producerId: string;

            /**
             * Creates a new ProducerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProducerRequest instance
             */
            static create(properties: skylark.v1.ProducerRequest.$Shape): skylark.v1.ProducerRequest & skylark.v1.ProducerRequest.$Shape;
            static create(properties?: skylark.v1.ProducerRequest.$Properties): skylark.v1.ProducerRequest;

            /**
             * Encodes the specified ProducerRequest message. Does not implicitly {@link skylark.v1.ProducerRequest.verify|verify} messages.
             * @param message ProducerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ProducerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProducerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ProducerRequest & skylark.v1.ProducerRequest.$Shape} ProducerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ProducerRequest & skylark.v1.ProducerRequest.$Shape;
        }

        namespace ProducerRequest {

            /** Properties of a ProducerRequest. */
            interface $Properties {

                /** ProducerRequest producerId */
                producerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProducerRequest. */
            type $Shape = skylark.v1.ProducerRequest.$Properties;
        }

        /**
         * Properties of a ConsumeRequest.
         * @deprecated Use skylark.v1.ConsumeRequest.$Properties instead.
         */
        interface IConsumeRequest extends skylark.v1.ConsumeRequest.$Properties {
        }

        /** Represents a ConsumeRequest. */
        class ConsumeRequest {

            /**
             * Constructs a new ConsumeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConsumeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumeRequest producerId. */
            producerId: string;

            /** ConsumeRequest duplicate. */
            duplicate: boolean;

            /**
             * Creates a new ConsumeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumeRequest instance
             */
            static create(properties: skylark.v1.ConsumeRequest.$Shape): skylark.v1.ConsumeRequest & skylark.v1.ConsumeRequest.$Shape;
            static create(properties?: skylark.v1.ConsumeRequest.$Properties): skylark.v1.ConsumeRequest;

            /**
             * Encodes the specified ConsumeRequest message. Does not implicitly {@link skylark.v1.ConsumeRequest.verify|verify} messages.
             * @param message ConsumeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConsumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumeRequest & skylark.v1.ConsumeRequest.$Shape} ConsumeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConsumeRequest & skylark.v1.ConsumeRequest.$Shape;
        }

        namespace ConsumeRequest {

            /** Properties of a ConsumeRequest. */
            interface $Properties {

                /** ConsumeRequest producerId */
                producerId?: (string|null);

                /** ConsumeRequest duplicate */
                duplicate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumeRequest. */
            type $Shape = skylark.v1.ConsumeRequest.$Properties;
        }

        /**
         * Properties of a ConsumerRequest.
         * @deprecated Use skylark.v1.ConsumerRequest.$Properties instead.
         */
        interface IConsumerRequest extends skylark.v1.ConsumerRequest.$Properties {
        }

        /** Represents a ConsumerRequest. */
        class ConsumerRequest {

            /**
             * Constructs a new ConsumerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConsumerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerRequest consumerId. */
            consumerId: string;

            /**
             * Creates a new ConsumerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumerRequest instance
             */
            static create(properties: skylark.v1.ConsumerRequest.$Shape): skylark.v1.ConsumerRequest & skylark.v1.ConsumerRequest.$Shape;
            static create(properties?: skylark.v1.ConsumerRequest.$Properties): skylark.v1.ConsumerRequest;

            /**
             * Encodes the specified ConsumerRequest message. Does not implicitly {@link skylark.v1.ConsumerRequest.verify|verify} messages.
             * @param message ConsumerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConsumerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerRequest & skylark.v1.ConsumerRequest.$Shape} ConsumerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConsumerRequest & skylark.v1.ConsumerRequest.$Shape;
        }

        namespace ConsumerRequest {

            /** Properties of a ConsumerRequest. */
            interface $Properties {

                /** ConsumerRequest consumerId */
                consumerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerRequest. */
            type $Shape = skylark.v1.ConsumerRequest.$Properties;
        }

        /**
         * Properties of a SetPreferredLayersRequest.
         * @deprecated Use skylark.v1.SetPreferredLayersRequest.$Properties instead.
         */
        interface ISetPreferredLayersRequest extends skylark.v1.SetPreferredLayersRequest.$Properties {
        }

        /** Represents a SetPreferredLayersRequest. */
        class SetPreferredLayersRequest {

            /**
             * Constructs a new SetPreferredLayersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.SetPreferredLayersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetPreferredLayersRequest consumerId. */
            consumerId: string;

            /** SetPreferredLayersRequest spatialLayer. */
            spatialLayer: number;

            /** SetPreferredLayersRequest temporalLayer. */
            temporalLayer?: (number|null);

            /**
             * Creates a new SetPreferredLayersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetPreferredLayersRequest instance
             */
            static create(properties: skylark.v1.SetPreferredLayersRequest.$Shape): skylark.v1.SetPreferredLayersRequest & skylark.v1.SetPreferredLayersRequest.$Shape;
            static create(properties?: skylark.v1.SetPreferredLayersRequest.$Properties): skylark.v1.SetPreferredLayersRequest;

            /**
             * Encodes the specified SetPreferredLayersRequest message. Does not implicitly {@link skylark.v1.SetPreferredLayersRequest.verify|verify} messages.
             * @param message SetPreferredLayersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.SetPreferredLayersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetPreferredLayersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.SetPreferredLayersRequest & skylark.v1.SetPreferredLayersRequest.$Shape} SetPreferredLayersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.SetPreferredLayersRequest & skylark.v1.SetPreferredLayersRequest.$Shape;
        }

        namespace SetPreferredLayersRequest {

            /** Properties of a SetPreferredLayersRequest. */
            interface $Properties {

                /** SetPreferredLayersRequest consumerId */
                consumerId?: (string|null);

                /** SetPreferredLayersRequest spatialLayer */
                spatialLayer?: (number|null);

                /** SetPreferredLayersRequest temporalLayer */
                temporalLayer?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetPreferredLayersRequest. */
            type $Shape = skylark.v1.SetPreferredLayersRequest.$Properties;
        }

        /**
         * Properties of a ProduceDataRequest.
         * @deprecated Use skylark.v1.ProduceDataRequest.$Properties instead.
         */
        interface IProduceDataRequest extends skylark.v1.ProduceDataRequest.$Properties {
        }

        /** Represents a ProduceDataRequest. */
        class ProduceDataRequest {

            /**
             * Constructs a new ProduceDataRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ProduceDataRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceDataRequest transportId. */
            transportId: string;

            /** ProduceDataRequest sctpStreamParameters. */
            sctpStreamParameters?: (skylark.v1.SctpStreamParameters.$Properties|null);

            /** ProduceDataRequest label. */
            label: string;

            /** ProduceDataRequest protocol. */
            protocol: string;

            /**
             * Creates a new ProduceDataRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProduceDataRequest instance
             */
            static create(properties: skylark.v1.ProduceDataRequest.$Shape): skylark.v1.ProduceDataRequest & skylark.v1.ProduceDataRequest.$Shape;
            static create(properties?: skylark.v1.ProduceDataRequest.$Properties): skylark.v1.ProduceDataRequest;

            /**
             * Encodes the specified ProduceDataRequest message. Does not implicitly {@link skylark.v1.ProduceDataRequest.verify|verify} messages.
             * @param message ProduceDataRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ProduceDataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceDataRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ProduceDataRequest & skylark.v1.ProduceDataRequest.$Shape} ProduceDataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ProduceDataRequest & skylark.v1.ProduceDataRequest.$Shape;
        }

        namespace ProduceDataRequest {

            /** Properties of a ProduceDataRequest. */
            interface $Properties {

                /** ProduceDataRequest transportId */
                transportId?: (string|null);

                /** ProduceDataRequest sctpStreamParameters */
                sctpStreamParameters?: (skylark.v1.SctpStreamParameters.$Properties|null);

                /** ProduceDataRequest label */
                label?: (string|null);

                /** ProduceDataRequest protocol */
                protocol?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceDataRequest. */
            type $Shape = skylark.v1.ProduceDataRequest.$Properties;
        }

        /**
         * Properties of a ConsumeDataRequest.
         * @deprecated Use skylark.v1.ConsumeDataRequest.$Properties instead.
         */
        interface IConsumeDataRequest extends skylark.v1.ConsumeDataRequest.$Properties {
        }

        /** Represents a ConsumeDataRequest. */
        class ConsumeDataRequest {

            /**
             * Constructs a new ConsumeDataRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConsumeDataRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumeDataRequest dataProducerId. */
            dataProducerId: string;

            /**
             * Creates a new ConsumeDataRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumeDataRequest instance
             */
            static create(properties: skylark.v1.ConsumeDataRequest.$Shape): skylark.v1.ConsumeDataRequest & skylark.v1.ConsumeDataRequest.$Shape;
            static create(properties?: skylark.v1.ConsumeDataRequest.$Properties): skylark.v1.ConsumeDataRequest;

            /**
             * Encodes the specified ConsumeDataRequest message. Does not implicitly {@link skylark.v1.ConsumeDataRequest.verify|verify} messages.
             * @param message ConsumeDataRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConsumeDataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumeDataRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumeDataRequest & skylark.v1.ConsumeDataRequest.$Shape} ConsumeDataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConsumeDataRequest & skylark.v1.ConsumeDataRequest.$Shape;
        }

        namespace ConsumeDataRequest {

            /** Properties of a ConsumeDataRequest. */
            interface $Properties {

                /** ConsumeDataRequest dataProducerId */
                dataProducerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumeDataRequest. */
            type $Shape = skylark.v1.ConsumeDataRequest.$Properties;
        }

        /**
         * Properties of a LeaveRequest.
         * @deprecated Use skylark.v1.LeaveRequest.$Properties instead.
         */
        interface ILeaveRequest extends skylark.v1.LeaveRequest.$Properties {
        }

        /** Represents a LeaveRequest. */
        class LeaveRequest {

            /**
             * Constructs a new LeaveRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.LeaveRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new LeaveRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaveRequest instance
             */
            static create(properties: skylark.v1.LeaveRequest.$Shape): skylark.v1.LeaveRequest & skylark.v1.LeaveRequest.$Shape;
            static create(properties?: skylark.v1.LeaveRequest.$Properties): skylark.v1.LeaveRequest;

            /**
             * Encodes the specified LeaveRequest message. Does not implicitly {@link skylark.v1.LeaveRequest.verify|verify} messages.
             * @param message LeaveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.LeaveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaveRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.LeaveRequest & skylark.v1.LeaveRequest.$Shape} LeaveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.LeaveRequest & skylark.v1.LeaveRequest.$Shape;
        }

        namespace LeaveRequest {

            /** Properties of a LeaveRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaveRequest. */
            type $Shape = skylark.v1.LeaveRequest.$Properties;
        }

        /**
         * Properties of a ResumeRequest.
         * @deprecated Use skylark.v1.ResumeRequest.$Properties instead.
         */
        interface IResumeRequest extends skylark.v1.ResumeRequest.$Properties {
        }

        /** Represents a ResumeRequest. */
        class ResumeRequest {

            /**
             * Constructs a new ResumeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ResumeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResumeRequest resumeToken. */
            resumeToken: string;

            /** ResumeRequest lastSeq. */
            lastSeq: number;

            /**
             * Creates a new ResumeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResumeRequest instance
             */
            static create(properties: skylark.v1.ResumeRequest.$Shape): skylark.v1.ResumeRequest & skylark.v1.ResumeRequest.$Shape;
            static create(properties?: skylark.v1.ResumeRequest.$Properties): skylark.v1.ResumeRequest;

            /**
             * Encodes the specified ResumeRequest message. Does not implicitly {@link skylark.v1.ResumeRequest.verify|verify} messages.
             * @param message ResumeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResumeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ResumeRequest & skylark.v1.ResumeRequest.$Shape} ResumeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ResumeRequest & skylark.v1.ResumeRequest.$Shape;
        }

        namespace ResumeRequest {

            /** Properties of a ResumeRequest. */
            interface $Properties {

                /** ResumeRequest resumeToken */
                resumeToken?: (string|null);

                /** ResumeRequest lastSeq */
                lastSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResumeRequest. */
            type $Shape = skylark.v1.ResumeRequest.$Properties;
        }

        /**
         * Properties of a CreatePlainTransportRequest.
         * @deprecated Use skylark.v1.CreatePlainTransportRequest.$Properties instead.
         */
        interface ICreatePlainTransportRequest extends skylark.v1.CreatePlainTransportRequest.$Properties {
        }

        /** Represents a CreatePlainTransportRequest. */
        class CreatePlainTransportRequest {

            /**
             * Constructs a new CreatePlainTransportRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.CreatePlainTransportRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreatePlainTransportRequest direction. */
            direction: skylark.v1.Direction;

            /** CreatePlainTransportRequest srtp. */
            srtp: boolean;

            /**
             * Creates a new CreatePlainTransportRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreatePlainTransportRequest instance
             */
            static create(properties: skylark.v1.CreatePlainTransportRequest.$Shape): skylark.v1.CreatePlainTransportRequest & skylark.v1.CreatePlainTransportRequest.$Shape;
            static create(properties?: skylark.v1.CreatePlainTransportRequest.$Properties): skylark.v1.CreatePlainTransportRequest;

            /**
             * Encodes the specified CreatePlainTransportRequest message. Does not implicitly {@link skylark.v1.CreatePlainTransportRequest.verify|verify} messages.
             * @param message CreatePlainTransportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.CreatePlainTransportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreatePlainTransportRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.CreatePlainTransportRequest & skylark.v1.CreatePlainTransportRequest.$Shape} CreatePlainTransportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.CreatePlainTransportRequest & skylark.v1.CreatePlainTransportRequest.$Shape;
        }

        namespace CreatePlainTransportRequest {

            /** Properties of a CreatePlainTransportRequest. */
            interface $Properties {

                /** CreatePlainTransportRequest direction */
                direction?: (skylark.v1.Direction|null);

                /** CreatePlainTransportRequest srtp */
                srtp?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreatePlainTransportRequest. */
            type $Shape = skylark.v1.CreatePlainTransportRequest.$Properties;
        }

        /**
         * Properties of a SrtpParameters.
         * @deprecated Use skylark.v1.SrtpParameters.$Properties instead.
         */
        interface ISrtpParameters extends skylark.v1.SrtpParameters.$Properties {
        }

        /** Represents a SrtpParameters. */
        class SrtpParameters {

            /**
             * Constructs a new SrtpParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.SrtpParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SrtpParameters cryptoSuite. */
            cryptoSuite: string;

            /** SrtpParameters keyBase64. */
            keyBase64: string;

            /**
             * Creates a new SrtpParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SrtpParameters instance
             */
            static create(properties: skylark.v1.SrtpParameters.$Shape): skylark.v1.SrtpParameters & skylark.v1.SrtpParameters.$Shape;
            static create(properties?: skylark.v1.SrtpParameters.$Properties): skylark.v1.SrtpParameters;

            /**
             * Encodes the specified SrtpParameters message. Does not implicitly {@link skylark.v1.SrtpParameters.verify|verify} messages.
             * @param message SrtpParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.SrtpParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SrtpParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.SrtpParameters & skylark.v1.SrtpParameters.$Shape} SrtpParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.SrtpParameters & skylark.v1.SrtpParameters.$Shape;
        }

        namespace SrtpParameters {

            /** Properties of a SrtpParameters. */
            interface $Properties {

                /** SrtpParameters cryptoSuite */
                cryptoSuite?: (string|null);

                /** SrtpParameters keyBase64 */
                keyBase64?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SrtpParameters. */
            type $Shape = skylark.v1.SrtpParameters.$Properties;
        }

        /**
         * Properties of a ConnectPlainTransportRequest.
         * @deprecated Use skylark.v1.ConnectPlainTransportRequest.$Properties instead.
         */
        interface IConnectPlainTransportRequest extends skylark.v1.ConnectPlainTransportRequest.$Properties {
        }

        /** Represents a ConnectPlainTransportRequest. */
        class ConnectPlainTransportRequest {

            /**
             * Constructs a new ConnectPlainTransportRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConnectPlainTransportRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectPlainTransportRequest transportId. */
            transportId: string;

            /** ConnectPlainTransportRequest ip. */
            ip: string;

            /** ConnectPlainTransportRequest port. */
            port: number;

            /** ConnectPlainTransportRequest srtpParameters. */
            srtpParameters?: (skylark.v1.SrtpParameters.$Properties|null);

            /**
             * Creates a new ConnectPlainTransportRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectPlainTransportRequest instance
             */
            static create(properties: skylark.v1.ConnectPlainTransportRequest.$Shape): skylark.v1.ConnectPlainTransportRequest & skylark.v1.ConnectPlainTransportRequest.$Shape;
            static create(properties?: skylark.v1.ConnectPlainTransportRequest.$Properties): skylark.v1.ConnectPlainTransportRequest;

            /**
             * Encodes the specified ConnectPlainTransportRequest message. Does not implicitly {@link skylark.v1.ConnectPlainTransportRequest.verify|verify} messages.
             * @param message ConnectPlainTransportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConnectPlainTransportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectPlainTransportRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConnectPlainTransportRequest & skylark.v1.ConnectPlainTransportRequest.$Shape} ConnectPlainTransportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConnectPlainTransportRequest & skylark.v1.ConnectPlainTransportRequest.$Shape;
        }

        namespace ConnectPlainTransportRequest {

            /** Properties of a ConnectPlainTransportRequest. */
            interface $Properties {

                /** ConnectPlainTransportRequest transportId */
                transportId?: (string|null);

                /** ConnectPlainTransportRequest ip */
                ip?: (string|null);

                /** ConnectPlainTransportRequest port */
                port?: (number|null);

                /** ConnectPlainTransportRequest srtpParameters */
                srtpParameters?: (skylark.v1.SrtpParameters.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectPlainTransportRequest. */
            type $Shape = skylark.v1.ConnectPlainTransportRequest.$Properties;
        }

        /**
         * Properties of a Request.
         * @deprecated Use skylark.v1.Request.$Properties instead.
         */
        interface IRequest extends skylark.v1.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request id. */
            id: number;

            /** Request join. */
            join?: (skylark.v1.JoinRequest.$Properties|null);

            /** Request setCapabilities. */
            setCapabilities?: (skylark.v1.SetCapabilitiesRequest.$Properties|null);

            /** Request createTransport. */
            createTransport?: (skylark.v1.CreateTransportRequest.$Properties|null);

            /** Request connectTransport. */
            connectTransport?: (skylark.v1.ConnectTransportRequest.$Properties|null);

            /** Request restartIce. */
            restartIce?: (skylark.v1.RestartIceRequest.$Properties|null);

            /** Request produce. */
            produce?: (skylark.v1.ProduceRequest.$Properties|null);

            /** Request closeProducer. */
            closeProducer?: (skylark.v1.ProducerRequest.$Properties|null);

            /** Request pauseProducer. */
            pauseProducer?: (skylark.v1.ProducerRequest.$Properties|null);

            /** Request resumeProducer. */
            resumeProducer?: (skylark.v1.ProducerRequest.$Properties|null);

            /** Request consume. */
            consume?: (skylark.v1.ConsumeRequest.$Properties|null);

            /** Request resumeConsumer. */
            resumeConsumer?: (skylark.v1.ConsumerRequest.$Properties|null);

            /** Request pauseConsumer. */
            pauseConsumer?: (skylark.v1.ConsumerRequest.$Properties|null);

            /** Request setPreferredLayers. */
            setPreferredLayers?: (skylark.v1.SetPreferredLayersRequest.$Properties|null);

            /** Request produceData. */
            produceData?: (skylark.v1.ProduceDataRequest.$Properties|null);

            /** Request consumeData. */
            consumeData?: (skylark.v1.ConsumeDataRequest.$Properties|null);

            /** Request leave. */
            leave?: (skylark.v1.LeaveRequest.$Properties|null);

            /** Request createPlainTransport. */
            createPlainTransport?: (skylark.v1.CreatePlainTransportRequest.$Properties|null);

            /** Request connectPlainTransport. */
            connectPlainTransport?: (skylark.v1.ConnectPlainTransportRequest.$Properties|null);

            /** Request resume. */
            resume?: (skylark.v1.ResumeRequest.$Properties|null);

            /** Request method. */
            method?: ("join"|"setCapabilities"|"createTransport"|"connectTransport"|"restartIce"|"produce"|"closeProducer"|"pauseProducer"|"resumeProducer"|"consume"|"resumeConsumer"|"pauseConsumer"|"setPreferredLayers"|"produceData"|"consumeData"|"leave"|"createPlainTransport"|"connectPlainTransport"|"resume");

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: skylark.v1.Request.$Shape): skylark.v1.Request & skylark.v1.Request.$Shape;
            static create(properties?: skylark.v1.Request.$Properties): skylark.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link skylark.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.Request & skylark.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.Request & skylark.v1.Request.$Shape;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request id */
                id?: (number|null);

                /** Request join */
                join?: (skylark.v1.JoinRequest.$Properties|null);

                /** Request setCapabilities */
                setCapabilities?: (skylark.v1.SetCapabilitiesRequest.$Properties|null);

                /** Request createTransport */
                createTransport?: (skylark.v1.CreateTransportRequest.$Properties|null);

                /** Request connectTransport */
                connectTransport?: (skylark.v1.ConnectTransportRequest.$Properties|null);

                /** Request restartIce */
                restartIce?: (skylark.v1.RestartIceRequest.$Properties|null);

                /** Request produce */
                produce?: (skylark.v1.ProduceRequest.$Properties|null);

                /** Request closeProducer */
                closeProducer?: (skylark.v1.ProducerRequest.$Properties|null);

                /** Request pauseProducer */
                pauseProducer?: (skylark.v1.ProducerRequest.$Properties|null);

                /** Request resumeProducer */
                resumeProducer?: (skylark.v1.ProducerRequest.$Properties|null);

                /** Request consume */
                consume?: (skylark.v1.ConsumeRequest.$Properties|null);

                /** Request resumeConsumer */
                resumeConsumer?: (skylark.v1.ConsumerRequest.$Properties|null);

                /** Request pauseConsumer */
                pauseConsumer?: (skylark.v1.ConsumerRequest.$Properties|null);

                /** Request setPreferredLayers */
                setPreferredLayers?: (skylark.v1.SetPreferredLayersRequest.$Properties|null);

                /** Request produceData */
                produceData?: (skylark.v1.ProduceDataRequest.$Properties|null);

                /** Request consumeData */
                consumeData?: (skylark.v1.ConsumeDataRequest.$Properties|null);

                /** Request leave */
                leave?: (skylark.v1.LeaveRequest.$Properties|null);

                /** Request createPlainTransport */
                createPlainTransport?: (skylark.v1.CreatePlainTransportRequest.$Properties|null);

                /** Request connectPlainTransport */
                connectPlainTransport?: (skylark.v1.ConnectPlainTransportRequest.$Properties|null);

                /** Request resume */
                resume?: (skylark.v1.ResumeRequest.$Properties|null);

                /** Request method */
                method?: ("join"|"setCapabilities"|"createTransport"|"connectTransport"|"restartIce"|"produce"|"closeProducer"|"pauseProducer"|"resumeProducer"|"consume"|"resumeConsumer"|"pauseConsumer"|"setPreferredLayers"|"produceData"|"consumeData"|"leave"|"createPlainTransport"|"connectPlainTransport"|"resume");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Request. */
            type $Shape = {
              id?: number|null;
              join?: skylark.v1.JoinRequest.$Shape|null;
              setCapabilities?: skylark.v1.SetCapabilitiesRequest.$Shape|null;
              createTransport?: skylark.v1.CreateTransportRequest.$Shape|null;
              connectTransport?: skylark.v1.ConnectTransportRequest.$Shape|null;
              restartIce?: skylark.v1.RestartIceRequest.$Shape|null;
              produce?: skylark.v1.ProduceRequest.$Shape|null;
              closeProducer?: skylark.v1.ProducerRequest.$Shape|null;
              pauseProducer?: skylark.v1.ProducerRequest.$Shape|null;
              resumeProducer?: skylark.v1.ProducerRequest.$Shape|null;
              consume?: skylark.v1.ConsumeRequest.$Shape|null;
              resumeConsumer?: skylark.v1.ConsumerRequest.$Shape|null;
              pauseConsumer?: skylark.v1.ConsumerRequest.$Shape|null;
              setPreferredLayers?: skylark.v1.SetPreferredLayersRequest.$Shape|null;
              produceData?: skylark.v1.ProduceDataRequest.$Shape|null;
              consumeData?: skylark.v1.ConsumeDataRequest.$Shape|null;
              leave?: skylark.v1.LeaveRequest.$Shape|null;
              createPlainTransport?: skylark.v1.CreatePlainTransportRequest.$Shape|null;
              connectPlainTransport?: skylark.v1.ConnectPlainTransportRequest.$Shape|null;
              resume?: skylark.v1.ResumeRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ method?: undefined; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "join"; join: skylark.v1.JoinRequest.$Shape; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "setCapabilities"; join?: null; setCapabilities: skylark.v1.SetCapabilitiesRequest.$Shape; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "createTransport"; join?: null; setCapabilities?: null; createTransport: skylark.v1.CreateTransportRequest.$Shape; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "connectTransport"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport: skylark.v1.ConnectTransportRequest.$Shape; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "restartIce"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce: skylark.v1.RestartIceRequest.$Shape; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "produce"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce: skylark.v1.ProduceRequest.$Shape; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "closeProducer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer: skylark.v1.ProducerRequest.$Shape; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "pauseProducer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer: skylark.v1.ProducerRequest.$Shape; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "resumeProducer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer: skylark.v1.ProducerRequest.$Shape; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "consume"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume: skylark.v1.ConsumeRequest.$Shape; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "resumeConsumer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer: skylark.v1.ConsumerRequest.$Shape; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "pauseConsumer"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer: skylark.v1.ConsumerRequest.$Shape; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "setPreferredLayers"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers: skylark.v1.SetPreferredLayersRequest.$Shape; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "produceData"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData: skylark.v1.ProduceDataRequest.$Shape; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "consumeData"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData: skylark.v1.ConsumeDataRequest.$Shape; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "leave"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave: skylark.v1.LeaveRequest.$Shape; createPlainTransport?: null; connectPlainTransport?: null; resume?: null }|{ method?: "createPlainTransport"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport: skylark.v1.CreatePlainTransportRequest.$Shape; connectPlainTransport?: null; resume?: null }|{ method?: "connectPlainTransport"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport: skylark.v1.ConnectPlainTransportRequest.$Shape; resume?: null }|{ method?: "resume"; join?: null; setCapabilities?: null; createTransport?: null; connectTransport?: null; restartIce?: null; produce?: null; closeProducer?: null; pauseProducer?: null; resumeProducer?: null; consume?: null; resumeConsumer?: null; pauseConsumer?: null; setPreferredLayers?: null; produceData?: null; consumeData?: null; leave?: null; createPlainTransport?: null; connectPlainTransport?: null; resume: skylark.v1.ResumeRequest.$Shape })
            );
        }

        /**
         * Properties of an Ok.
         * @deprecated Use skylark.v1.Ok.$Properties instead.
         */
        interface IOk extends skylark.v1.Ok.$Properties {
        }

        /** Represents an Ok. */
        class Ok {

            /**
             * Constructs a new Ok.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.Ok.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Ok instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ok instance
             */
            static create(properties: skylark.v1.Ok.$Shape): skylark.v1.Ok & skylark.v1.Ok.$Shape;
            static create(properties?: skylark.v1.Ok.$Properties): skylark.v1.Ok;

            /**
             * Encodes the specified Ok message. Does not implicitly {@link skylark.v1.Ok.verify|verify} messages.
             * @param message Ok message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.Ok & skylark.v1.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.Ok & skylark.v1.Ok.$Shape;
        }

        namespace Ok {

            /** Properties of an Ok. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ok. */
            type $Shape = skylark.v1.Ok.$Properties;
        }

        /**
         * Properties of a ProducerInfo.
         * @deprecated Use skylark.v1.ProducerInfo.$Properties instead.
         */
        interface IProducerInfo extends skylark.v1.ProducerInfo.$Properties {
        }

        /** Represents a ProducerInfo. */
        class ProducerInfo {

            /**
             * Constructs a new ProducerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ProducerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProducerInfo producerId. */
            producerId: string;

            /** ProducerInfo kind. */
            kind: string;

            /** ProducerInfo source. */
            source: string;

            /** ProducerInfo paused. */
            paused: boolean;

            /** ProducerInfo encrypted. */
            encrypted: boolean;

            /**
             * Creates a new ProducerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProducerInfo instance
             */
            static create(properties: skylark.v1.ProducerInfo.$Shape): skylark.v1.ProducerInfo & skylark.v1.ProducerInfo.$Shape;
            static create(properties?: skylark.v1.ProducerInfo.$Properties): skylark.v1.ProducerInfo;

            /**
             * Encodes the specified ProducerInfo message. Does not implicitly {@link skylark.v1.ProducerInfo.verify|verify} messages.
             * @param message ProducerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ProducerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProducerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ProducerInfo & skylark.v1.ProducerInfo.$Shape} ProducerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ProducerInfo & skylark.v1.ProducerInfo.$Shape;
        }

        namespace ProducerInfo {

            /** Properties of a ProducerInfo. */
            interface $Properties {

                /** ProducerInfo producerId */
                producerId?: (string|null);

                /** ProducerInfo kind */
                kind?: (string|null);

                /** ProducerInfo source */
                source?: (string|null);

                /** ProducerInfo paused */
                paused?: (boolean|null);

                /** ProducerInfo encrypted */
                encrypted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProducerInfo. */
            type $Shape = skylark.v1.ProducerInfo.$Properties;
        }

        /**
         * Properties of a DataProducerInfo.
         * @deprecated Use skylark.v1.DataProducerInfo.$Properties instead.
         */
        interface IDataProducerInfo extends skylark.v1.DataProducerInfo.$Properties {
        }

        /** Represents a DataProducerInfo. */
        class DataProducerInfo {

            /**
             * Constructs a new DataProducerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.DataProducerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataProducerInfo dataProducerId. */
            dataProducerId: string;

            /** DataProducerInfo label. */
            label: string;

            /** DataProducerInfo protocol. */
            protocol: string;

            /**
             * Creates a new DataProducerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataProducerInfo instance
             */
            static create(properties: skylark.v1.DataProducerInfo.$Shape): skylark.v1.DataProducerInfo & skylark.v1.DataProducerInfo.$Shape;
            static create(properties?: skylark.v1.DataProducerInfo.$Properties): skylark.v1.DataProducerInfo;

            /**
             * Encodes the specified DataProducerInfo message. Does not implicitly {@link skylark.v1.DataProducerInfo.verify|verify} messages.
             * @param message DataProducerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.DataProducerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataProducerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.DataProducerInfo & skylark.v1.DataProducerInfo.$Shape} DataProducerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.DataProducerInfo & skylark.v1.DataProducerInfo.$Shape;
        }

        namespace DataProducerInfo {

            /** Properties of a DataProducerInfo. */
            interface $Properties {

                /** DataProducerInfo dataProducerId */
                dataProducerId?: (string|null);

                /** DataProducerInfo label */
                label?: (string|null);

                /** DataProducerInfo protocol */
                protocol?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataProducerInfo. */
            type $Shape = skylark.v1.DataProducerInfo.$Properties;
        }

        /**
         * Properties of a PeerInfo.
         * @deprecated Use skylark.v1.PeerInfo.$Properties instead.
         */
        interface IPeerInfo extends skylark.v1.PeerInfo.$Properties {
        }

        /** Represents a PeerInfo. */
        class PeerInfo {

            /**
             * Constructs a new PeerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.PeerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerInfo peerId. */
            peerId: string;

            /** PeerInfo displayName. */
            displayName: string;

            /** PeerInfo role. */
            role: skylark.v1.Role;

            /** PeerInfo producers. */
            producers: skylark.v1.ProducerInfo.$Properties[];

            /** PeerInfo dataProducers. */
            dataProducers: skylark.v1.DataProducerInfo.$Properties[];

            /**
             * Creates a new PeerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerInfo instance
             */
            static create(properties: skylark.v1.PeerInfo.$Shape): skylark.v1.PeerInfo & skylark.v1.PeerInfo.$Shape;
            static create(properties?: skylark.v1.PeerInfo.$Properties): skylark.v1.PeerInfo;

            /**
             * Encodes the specified PeerInfo message. Does not implicitly {@link skylark.v1.PeerInfo.verify|verify} messages.
             * @param message PeerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.PeerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.PeerInfo & skylark.v1.PeerInfo.$Shape} PeerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.PeerInfo & skylark.v1.PeerInfo.$Shape;
        }

        namespace PeerInfo {

            /** Properties of a PeerInfo. */
            interface $Properties {

                /** PeerInfo peerId */
                peerId?: (string|null);

                /** PeerInfo displayName */
                displayName?: (string|null);

                /** PeerInfo role */
                role?: (skylark.v1.Role|null);

                /** PeerInfo producers */
                producers?: (skylark.v1.ProducerInfo.$Properties[]|null);

                /** PeerInfo dataProducers */
                dataProducers?: (skylark.v1.DataProducerInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerInfo. */
            type $Shape = skylark.v1.PeerInfo.$Properties;
        }

        /**
         * Properties of a Grants.
         * @deprecated Use skylark.v1.Grants.$Properties instead.
         */
        interface IGrants extends skylark.v1.Grants.$Properties {
        }

        /** Represents a Grants. */
        class Grants {

            /**
             * Constructs a new Grants.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.Grants.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Grants canPublish. */
            canPublish: boolean;

            /** Grants canSubscribe. */
            canSubscribe: boolean;

            /** Grants canPublishData. */
            canPublishData: boolean;

            /** Grants roomAdmin. */
            roomAdmin: boolean;

            /** Grants roomCreate. */
            roomCreate: boolean;

            /**
             * Creates a new Grants instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Grants instance
             */
            static create(properties: skylark.v1.Grants.$Shape): skylark.v1.Grants & skylark.v1.Grants.$Shape;
            static create(properties?: skylark.v1.Grants.$Properties): skylark.v1.Grants;

            /**
             * Encodes the specified Grants message. Does not implicitly {@link skylark.v1.Grants.verify|verify} messages.
             * @param message Grants message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.Grants.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Grants message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.Grants & skylark.v1.Grants.$Shape} Grants
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.Grants & skylark.v1.Grants.$Shape;
        }

        namespace Grants {

            /** Properties of a Grants. */
            interface $Properties {

                /** Grants canPublish */
                canPublish?: (boolean|null);

                /** Grants canSubscribe */
                canSubscribe?: (boolean|null);

                /** Grants canPublishData */
                canPublishData?: (boolean|null);

                /** Grants roomAdmin */
                roomAdmin?: (boolean|null);

                /** Grants roomCreate */
                roomCreate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Grants. */
            type $Shape = skylark.v1.Grants.$Properties;
        }

        /**
         * Properties of a JoinResponse.
         * @deprecated Use skylark.v1.JoinResponse.$Properties instead.
         */
        interface IJoinResponse extends skylark.v1.JoinResponse.$Properties {
        }

        /** Represents a JoinResponse. */
        class JoinResponse {

            /**
             * Constructs a new JoinResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.JoinResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinResponse peerId. */
            peerId: string;

            /** JoinResponse roomId. */
            roomId: string;

            /** JoinResponse routerRtpCapabilities. */
            routerRtpCapabilities?: (skylark.v1.RtpCapabilities.$Properties|null);

            /** JoinResponse peers. */
            peers: skylark.v1.PeerInfo.$Properties[];

            /** JoinResponse iceServers. */
            iceServers: skylark.v1.IceServer.$Properties[];

            /** JoinResponse grants. */
            grants?: (skylark.v1.Grants.$Properties|null);

            /** JoinResponse role. */
            role: skylark.v1.Role;

            /** JoinResponse resumeToken. */
            resumeToken: string;

            /** JoinResponse clustered. */
            clustered: boolean;

            /** JoinResponse transports. */
            transports: skylark.v1.TransportInfo.$Properties[];

            /** JoinResponse consumers. */
            consumers: skylark.v1.ConsumerInfo.$Properties[];

            /** JoinResponse dataConsumers. */
            dataConsumers: skylark.v1.DataConsumerInfo.$Properties[];

            /**
             * Creates a new JoinResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JoinResponse instance
             */
            static create(properties: skylark.v1.JoinResponse.$Shape): skylark.v1.JoinResponse & skylark.v1.JoinResponse.$Shape;
            static create(properties?: skylark.v1.JoinResponse.$Properties): skylark.v1.JoinResponse;

            /**
             * Encodes the specified JoinResponse message. Does not implicitly {@link skylark.v1.JoinResponse.verify|verify} messages.
             * @param message JoinResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.JoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.JoinResponse & skylark.v1.JoinResponse.$Shape} JoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.JoinResponse & skylark.v1.JoinResponse.$Shape;
        }

        namespace JoinResponse {

            /** Properties of a JoinResponse. */
            interface $Properties {

                /** JoinResponse peerId */
                peerId?: (string|null);

                /** JoinResponse roomId */
                roomId?: (string|null);

                /** JoinResponse routerRtpCapabilities */
                routerRtpCapabilities?: (skylark.v1.RtpCapabilities.$Properties|null);

                /** JoinResponse peers */
                peers?: (skylark.v1.PeerInfo.$Properties[]|null);

                /** JoinResponse iceServers */
                iceServers?: (skylark.v1.IceServer.$Properties[]|null);

                /** JoinResponse grants */
                grants?: (skylark.v1.Grants.$Properties|null);

                /** JoinResponse role */
                role?: (skylark.v1.Role|null);

                /** JoinResponse resumeToken */
                resumeToken?: (string|null);

                /** JoinResponse clustered */
                clustered?: (boolean|null);

                /** JoinResponse transports */
                transports?: (skylark.v1.TransportInfo.$Properties[]|null);

                /** JoinResponse consumers */
                consumers?: (skylark.v1.ConsumerInfo.$Properties[]|null);

                /** JoinResponse dataConsumers */
                dataConsumers?: (skylark.v1.DataConsumerInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinResponse. */
            type $Shape = {
              peerId?: string|null;
              roomId?: string|null;
              routerRtpCapabilities?: skylark.v1.RtpCapabilities.$Shape|null;
              peers?: skylark.v1.PeerInfo.$Shape[]|null;
              iceServers?: skylark.v1.IceServer.$Shape[]|null;
              grants?: skylark.v1.Grants.$Shape|null;
              role?: skylark.v1.Role|null;
              resumeToken?: string|null;
              clustered?: boolean|null;
              transports?: skylark.v1.TransportInfo.$Shape[]|null;
              consumers?: skylark.v1.ConsumerInfo.$Shape[]|null;
              dataConsumers?: skylark.v1.DataConsumerInfo.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a TransportInfo.
         * @deprecated Use skylark.v1.TransportInfo.$Properties instead.
         */
        interface ITransportInfo extends skylark.v1.TransportInfo.$Properties {
        }

        /** Represents a TransportInfo. */
        class TransportInfo {

            /**
             * Constructs a new TransportInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.TransportInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransportInfo transportId. */
            transportId: string;

            /** TransportInfo direction. */
            direction: skylark.v1.Direction;

            /** TransportInfo iceParameters. */
            iceParameters?: (skylark.v1.IceParameters.$Properties|null);

            /** TransportInfo iceCandidates. */
            iceCandidates: skylark.v1.IceCandidate.$Properties[];

            /** TransportInfo dtlsParameters. */
            dtlsParameters?: (skylark.v1.DtlsParameters.$Properties|null);

            /** TransportInfo sctpParameters. */
            sctpParameters?: (skylark.v1.SctpParameters.$Properties|null);

            /** TransportInfo clientDtlsKnown. */
            clientDtlsKnown: boolean;

            /**
             * Creates a new TransportInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransportInfo instance
             */
            static create(properties: skylark.v1.TransportInfo.$Shape): skylark.v1.TransportInfo & skylark.v1.TransportInfo.$Shape;
            static create(properties?: skylark.v1.TransportInfo.$Properties): skylark.v1.TransportInfo;

            /**
             * Encodes the specified TransportInfo message. Does not implicitly {@link skylark.v1.TransportInfo.verify|verify} messages.
             * @param message TransportInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.TransportInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransportInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.TransportInfo & skylark.v1.TransportInfo.$Shape} TransportInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.TransportInfo & skylark.v1.TransportInfo.$Shape;
        }

        namespace TransportInfo {

            /** Properties of a TransportInfo. */
            interface $Properties {

                /** TransportInfo transportId */
                transportId?: (string|null);

                /** TransportInfo direction */
                direction?: (skylark.v1.Direction|null);

                /** TransportInfo iceParameters */
                iceParameters?: (skylark.v1.IceParameters.$Properties|null);

                /** TransportInfo iceCandidates */
                iceCandidates?: (skylark.v1.IceCandidate.$Properties[]|null);

                /** TransportInfo dtlsParameters */
                dtlsParameters?: (skylark.v1.DtlsParameters.$Properties|null);

                /** TransportInfo sctpParameters */
                sctpParameters?: (skylark.v1.SctpParameters.$Properties|null);

                /** TransportInfo clientDtlsKnown */
                clientDtlsKnown?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransportInfo. */
            type $Shape = skylark.v1.TransportInfo.$Properties;
        }

        /**
         * Properties of a RestartIceResponse.
         * @deprecated Use skylark.v1.RestartIceResponse.$Properties instead.
         */
        interface IRestartIceResponse extends skylark.v1.RestartIceResponse.$Properties {
        }

        /** Represents a RestartIceResponse. */
        class RestartIceResponse {

            /**
             * Constructs a new RestartIceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RestartIceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestartIceResponse iceParameters. */
            iceParameters?: (skylark.v1.IceParameters.$Properties|null);

            /**
             * Creates a new RestartIceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestartIceResponse instance
             */
            static create(properties: skylark.v1.RestartIceResponse.$Shape): skylark.v1.RestartIceResponse & skylark.v1.RestartIceResponse.$Shape;
            static create(properties?: skylark.v1.RestartIceResponse.$Properties): skylark.v1.RestartIceResponse;

            /**
             * Encodes the specified RestartIceResponse message. Does not implicitly {@link skylark.v1.RestartIceResponse.verify|verify} messages.
             * @param message RestartIceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RestartIceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestartIceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RestartIceResponse & skylark.v1.RestartIceResponse.$Shape} RestartIceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RestartIceResponse & skylark.v1.RestartIceResponse.$Shape;
        }

        namespace RestartIceResponse {

            /** Properties of a RestartIceResponse. */
            interface $Properties {

                /** RestartIceResponse iceParameters */
                iceParameters?: (skylark.v1.IceParameters.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestartIceResponse. */
            type $Shape = skylark.v1.RestartIceResponse.$Properties;
        }

        /**
         * Properties of a ProduceResponse.
         * @deprecated Use skylark.v1.ProduceResponse.$Properties instead.
         */
        interface IProduceResponse extends skylark.v1.ProduceResponse.$Properties {
        }

        /** Represents a ProduceResponse. */
        class ProduceResponse {

            /**
             * Constructs a new ProduceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ProduceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceResponse producerId. */
            producerId: string;

            /**
             * Creates a new ProduceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProduceResponse instance
             */
            static create(properties: skylark.v1.ProduceResponse.$Shape): skylark.v1.ProduceResponse & skylark.v1.ProduceResponse.$Shape;
            static create(properties?: skylark.v1.ProduceResponse.$Properties): skylark.v1.ProduceResponse;

            /**
             * Encodes the specified ProduceResponse message. Does not implicitly {@link skylark.v1.ProduceResponse.verify|verify} messages.
             * @param message ProduceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ProduceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ProduceResponse & skylark.v1.ProduceResponse.$Shape} ProduceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ProduceResponse & skylark.v1.ProduceResponse.$Shape;
        }

        namespace ProduceResponse {

            /** Properties of a ProduceResponse. */
            interface $Properties {

                /** ProduceResponse producerId */
                producerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceResponse. */
            type $Shape = skylark.v1.ProduceResponse.$Properties;
        }

        /**
         * Properties of a ConsumerInfo.
         * @deprecated Use skylark.v1.ConsumerInfo.$Properties instead.
         */
        interface IConsumerInfo extends skylark.v1.ConsumerInfo.$Properties {
        }

        /** Represents a ConsumerInfo. */
        class ConsumerInfo {

            /**
             * Constructs a new ConsumerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConsumerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerInfo consumerId. */
            consumerId: string;

            /** ConsumerInfo producerId. */
            producerId: string;

            /** ConsumerInfo peerId. */
            peerId: string;

            /** ConsumerInfo kind. */
            kind: string;

            /** ConsumerInfo rtpParameters. */
            rtpParameters?: (skylark.v1.RtpParameters.$Properties|null);

            /** ConsumerInfo type. */
            type: string;

            /** ConsumerInfo producerPaused. */
            producerPaused: boolean;

            /** ConsumerInfo source. */
            source: string;

            /**
             * Creates a new ConsumerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumerInfo instance
             */
            static create(properties: skylark.v1.ConsumerInfo.$Shape): skylark.v1.ConsumerInfo & skylark.v1.ConsumerInfo.$Shape;
            static create(properties?: skylark.v1.ConsumerInfo.$Properties): skylark.v1.ConsumerInfo;

            /**
             * Encodes the specified ConsumerInfo message. Does not implicitly {@link skylark.v1.ConsumerInfo.verify|verify} messages.
             * @param message ConsumerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConsumerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerInfo & skylark.v1.ConsumerInfo.$Shape} ConsumerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConsumerInfo & skylark.v1.ConsumerInfo.$Shape;
        }

        namespace ConsumerInfo {

            /** Properties of a ConsumerInfo. */
            interface $Properties {

                /** ConsumerInfo consumerId */
                consumerId?: (string|null);

                /** ConsumerInfo producerId */
                producerId?: (string|null);

                /** ConsumerInfo peerId */
                peerId?: (string|null);

                /** ConsumerInfo kind */
                kind?: (string|null);

                /** ConsumerInfo rtpParameters */
                rtpParameters?: (skylark.v1.RtpParameters.$Properties|null);

                /** ConsumerInfo type */
                type?: (string|null);

                /** ConsumerInfo producerPaused */
                producerPaused?: (boolean|null);

                /** ConsumerInfo source */
                source?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerInfo. */
            type $Shape = {
              consumerId?: string|null;
              producerId?: string|null;
              peerId?: string|null;
              kind?: string|null;
              rtpParameters?: skylark.v1.RtpParameters.$Shape|null;
              type?: string|null;
              producerPaused?: boolean|null;
              source?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ProduceDataResponse.
         * @deprecated Use skylark.v1.ProduceDataResponse.$Properties instead.
         */
        interface IProduceDataResponse extends skylark.v1.ProduceDataResponse.$Properties {
        }

        /** Represents a ProduceDataResponse. */
        class ProduceDataResponse {

            /**
             * Constructs a new ProduceDataResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ProduceDataResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceDataResponse dataProducerId. */
            dataProducerId: string;

            /**
             * Creates a new ProduceDataResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProduceDataResponse instance
             */
            static create(properties: skylark.v1.ProduceDataResponse.$Shape): skylark.v1.ProduceDataResponse & skylark.v1.ProduceDataResponse.$Shape;
            static create(properties?: skylark.v1.ProduceDataResponse.$Properties): skylark.v1.ProduceDataResponse;

            /**
             * Encodes the specified ProduceDataResponse message. Does not implicitly {@link skylark.v1.ProduceDataResponse.verify|verify} messages.
             * @param message ProduceDataResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ProduceDataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceDataResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ProduceDataResponse & skylark.v1.ProduceDataResponse.$Shape} ProduceDataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ProduceDataResponse & skylark.v1.ProduceDataResponse.$Shape;
        }

        namespace ProduceDataResponse {

            /** Properties of a ProduceDataResponse. */
            interface $Properties {

                /** ProduceDataResponse dataProducerId */
                dataProducerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceDataResponse. */
            type $Shape = skylark.v1.ProduceDataResponse.$Properties;
        }

        /**
         * Properties of a DataConsumerInfo.
         * @deprecated Use skylark.v1.DataConsumerInfo.$Properties instead.
         */
        interface IDataConsumerInfo extends skylark.v1.DataConsumerInfo.$Properties {
        }

        /** Represents a DataConsumerInfo. */
        class DataConsumerInfo {

            /**
             * Constructs a new DataConsumerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.DataConsumerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataConsumerInfo dataConsumerId. */
            dataConsumerId: string;

            /** DataConsumerInfo dataProducerId. */
            dataProducerId: string;

            /** DataConsumerInfo peerId. */
            peerId: string;

            /** DataConsumerInfo sctpStreamParameters. */
            sctpStreamParameters?: (skylark.v1.SctpStreamParameters.$Properties|null);

            /** DataConsumerInfo label. */
            label: string;

            /** DataConsumerInfo protocol. */
            protocol: string;

            /**
             * Creates a new DataConsumerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataConsumerInfo instance
             */
            static create(properties: skylark.v1.DataConsumerInfo.$Shape): skylark.v1.DataConsumerInfo & skylark.v1.DataConsumerInfo.$Shape;
            static create(properties?: skylark.v1.DataConsumerInfo.$Properties): skylark.v1.DataConsumerInfo;

            /**
             * Encodes the specified DataConsumerInfo message. Does not implicitly {@link skylark.v1.DataConsumerInfo.verify|verify} messages.
             * @param message DataConsumerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.DataConsumerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataConsumerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.DataConsumerInfo & skylark.v1.DataConsumerInfo.$Shape} DataConsumerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.DataConsumerInfo & skylark.v1.DataConsumerInfo.$Shape;
        }

        namespace DataConsumerInfo {

            /** Properties of a DataConsumerInfo. */
            interface $Properties {

                /** DataConsumerInfo dataConsumerId */
                dataConsumerId?: (string|null);

                /** DataConsumerInfo dataProducerId */
                dataProducerId?: (string|null);

                /** DataConsumerInfo peerId */
                peerId?: (string|null);

                /** DataConsumerInfo sctpStreamParameters */
                sctpStreamParameters?: (skylark.v1.SctpStreamParameters.$Properties|null);

                /** DataConsumerInfo label */
                label?: (string|null);

                /** DataConsumerInfo protocol */
                protocol?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataConsumerInfo. */
            type $Shape = skylark.v1.DataConsumerInfo.$Properties;
        }

        /**
         * Properties of a PlainTransportInfo.
         * @deprecated Use skylark.v1.PlainTransportInfo.$Properties instead.
         */
        interface IPlainTransportInfo extends skylark.v1.PlainTransportInfo.$Properties {
        }

        /** Represents a PlainTransportInfo. */
        class PlainTransportInfo {

            /**
             * Constructs a new PlainTransportInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.PlainTransportInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlainTransportInfo transportId. */
            transportId: string;

            /** PlainTransportInfo direction. */
            direction: skylark.v1.Direction;

            /** PlainTransportInfo ip. */
            ip: string;

            /** PlainTransportInfo port. */
            port: number;

            /** PlainTransportInfo srtpParameters. */
            srtpParameters?: (skylark.v1.SrtpParameters.$Properties|null);

            /**
             * Creates a new PlainTransportInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlainTransportInfo instance
             */
            static create(properties: skylark.v1.PlainTransportInfo.$Shape): skylark.v1.PlainTransportInfo & skylark.v1.PlainTransportInfo.$Shape;
            static create(properties?: skylark.v1.PlainTransportInfo.$Properties): skylark.v1.PlainTransportInfo;

            /**
             * Encodes the specified PlainTransportInfo message. Does not implicitly {@link skylark.v1.PlainTransportInfo.verify|verify} messages.
             * @param message PlainTransportInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.PlainTransportInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlainTransportInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.PlainTransportInfo & skylark.v1.PlainTransportInfo.$Shape} PlainTransportInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.PlainTransportInfo & skylark.v1.PlainTransportInfo.$Shape;
        }

        namespace PlainTransportInfo {

            /** Properties of a PlainTransportInfo. */
            interface $Properties {

                /** PlainTransportInfo transportId */
                transportId?: (string|null);

                /** PlainTransportInfo direction */
                direction?: (skylark.v1.Direction|null);

                /** PlainTransportInfo ip */
                ip?: (string|null);

                /** PlainTransportInfo port */
                port?: (number|null);

                /** PlainTransportInfo srtpParameters */
                srtpParameters?: (skylark.v1.SrtpParameters.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlainTransportInfo. */
            type $Shape = skylark.v1.PlainTransportInfo.$Properties;
        }

        /**
         * Properties of a ResumeResponse.
         * @deprecated Use skylark.v1.ResumeResponse.$Properties instead.
         */
        interface IResumeResponse extends skylark.v1.ResumeResponse.$Properties {
        }

        /** Represents a ResumeResponse. */
        class ResumeResponse {

            /**
             * Constructs a new ResumeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ResumeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResumeResponse peerId. */
            peerId: string;

            /** ResumeResponse roomId. */
            roomId: string;

            /** ResumeResponse complete. */
            complete: boolean;

            /**
             * Creates a new ResumeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResumeResponse instance
             */
            static create(properties: skylark.v1.ResumeResponse.$Shape): skylark.v1.ResumeResponse & skylark.v1.ResumeResponse.$Shape;
            static create(properties?: skylark.v1.ResumeResponse.$Properties): skylark.v1.ResumeResponse;

            /**
             * Encodes the specified ResumeResponse message. Does not implicitly {@link skylark.v1.ResumeResponse.verify|verify} messages.
             * @param message ResumeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ResumeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResumeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ResumeResponse & skylark.v1.ResumeResponse.$Shape} ResumeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ResumeResponse & skylark.v1.ResumeResponse.$Shape;
        }

        namespace ResumeResponse {

            /** Properties of a ResumeResponse. */
            interface $Properties {

                /** ResumeResponse peerId */
                peerId?: (string|null);

                /** ResumeResponse roomId */
                roomId?: (string|null);

                /** ResumeResponse complete */
                complete?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResumeResponse. */
            type $Shape = skylark.v1.ResumeResponse.$Properties;
        }

        /**
         * Properties of a JoinRedirect.
         * @deprecated Use skylark.v1.JoinRedirect.$Properties instead.
         */
        interface IJoinRedirect extends skylark.v1.JoinRedirect.$Properties {
        }

        /** Represents a JoinRedirect. */
        class JoinRedirect {

            /**
             * Constructs a new JoinRedirect.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.JoinRedirect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinRedirect url. */
            url: string;

            /** JoinRedirect ticket. */
            ticket: string;

            /** JoinRedirect nodeId. */
            nodeId: string;

            /**
             * Creates a new JoinRedirect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JoinRedirect instance
             */
            static create(properties: skylark.v1.JoinRedirect.$Shape): skylark.v1.JoinRedirect & skylark.v1.JoinRedirect.$Shape;
            static create(properties?: skylark.v1.JoinRedirect.$Properties): skylark.v1.JoinRedirect;

            /**
             * Encodes the specified JoinRedirect message. Does not implicitly {@link skylark.v1.JoinRedirect.verify|verify} messages.
             * @param message JoinRedirect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.JoinRedirect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinRedirect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.JoinRedirect & skylark.v1.JoinRedirect.$Shape} JoinRedirect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.JoinRedirect & skylark.v1.JoinRedirect.$Shape;
        }

        namespace JoinRedirect {

            /** Properties of a JoinRedirect. */
            interface $Properties {

                /** JoinRedirect url */
                url?: (string|null);

                /** JoinRedirect ticket */
                ticket?: (string|null);

                /** JoinRedirect nodeId */
                nodeId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinRedirect. */
            type $Shape = skylark.v1.JoinRedirect.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use skylark.v1.Response.$Properties instead.
         */
        interface IResponse extends skylark.v1.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response id. */
            id: number;

            /** Response error. */
            error?: (skylark.v1.Error.$Properties|null);

            /** Response ok. */
            ok?: (skylark.v1.Ok.$Properties|null);

            /** Response join. */
            join?: (skylark.v1.JoinResponse.$Properties|null);

            /** Response transport. */
            transport?: (skylark.v1.TransportInfo.$Properties|null);

            /** Response restartIce. */
            restartIce?: (skylark.v1.RestartIceResponse.$Properties|null);

            /** Response produce. */
            produce?: (skylark.v1.ProduceResponse.$Properties|null);

            /** Response consumer. */
            consumer?: (skylark.v1.ConsumerInfo.$Properties|null);

            /** Response produceData. */
            produceData?: (skylark.v1.ProduceDataResponse.$Properties|null);

            /** Response dataConsumer. */
            dataConsumer?: (skylark.v1.DataConsumerInfo.$Properties|null);

            /** Response plainTransport. */
            plainTransport?: (skylark.v1.PlainTransportInfo.$Properties|null);

            /** Response resume. */
            resume?: (skylark.v1.ResumeResponse.$Properties|null);

            /** Response redirect. */
            redirect?: (skylark.v1.JoinRedirect.$Properties|null);

            /** Response result. */
            result?: ("error"|"ok"|"join"|"transport"|"restartIce"|"produce"|"consumer"|"produceData"|"dataConsumer"|"plainTransport"|"resume"|"redirect");

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: skylark.v1.Response.$Shape): skylark.v1.Response & skylark.v1.Response.$Shape;
            static create(properties?: skylark.v1.Response.$Properties): skylark.v1.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link skylark.v1.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.Response & skylark.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.Response & skylark.v1.Response.$Shape;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response id */
                id?: (number|null);

                /** Response error */
                error?: (skylark.v1.Error.$Properties|null);

                /** Response ok */
                ok?: (skylark.v1.Ok.$Properties|null);

                /** Response join */
                join?: (skylark.v1.JoinResponse.$Properties|null);

                /** Response transport */
                transport?: (skylark.v1.TransportInfo.$Properties|null);

                /** Response restartIce */
                restartIce?: (skylark.v1.RestartIceResponse.$Properties|null);

                /** Response produce */
                produce?: (skylark.v1.ProduceResponse.$Properties|null);

                /** Response consumer */
                consumer?: (skylark.v1.ConsumerInfo.$Properties|null);

                /** Response produceData */
                produceData?: (skylark.v1.ProduceDataResponse.$Properties|null);

                /** Response dataConsumer */
                dataConsumer?: (skylark.v1.DataConsumerInfo.$Properties|null);

                /** Response plainTransport */
                plainTransport?: (skylark.v1.PlainTransportInfo.$Properties|null);

                /** Response resume */
                resume?: (skylark.v1.ResumeResponse.$Properties|null);

                /** Response redirect */
                redirect?: (skylark.v1.JoinRedirect.$Properties|null);

                /** Response result */
                result?: ("error"|"ok"|"join"|"transport"|"restartIce"|"produce"|"consumer"|"produceData"|"dataConsumer"|"plainTransport"|"resume"|"redirect");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Response. */
            type $Shape = {
              id?: number|null;
              error?: skylark.v1.Error.$Shape|null;
              ok?: skylark.v1.Ok.$Shape|null;
              join?: skylark.v1.JoinResponse.$Shape|null;
              transport?: skylark.v1.TransportInfo.$Shape|null;
              restartIce?: skylark.v1.RestartIceResponse.$Shape|null;
              produce?: skylark.v1.ProduceResponse.$Shape|null;
              consumer?: skylark.v1.ConsumerInfo.$Shape|null;
              produceData?: skylark.v1.ProduceDataResponse.$Shape|null;
              dataConsumer?: skylark.v1.DataConsumerInfo.$Shape|null;
              plainTransport?: skylark.v1.PlainTransportInfo.$Shape|null;
              resume?: skylark.v1.ResumeResponse.$Shape|null;
              redirect?: skylark.v1.JoinRedirect.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "error"; error: skylark.v1.Error.$Shape; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "ok"; error?: null; ok: skylark.v1.Ok.$Shape; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "join"; error?: null; ok?: null; join: skylark.v1.JoinResponse.$Shape; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "transport"; error?: null; ok?: null; join?: null; transport: skylark.v1.TransportInfo.$Shape; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "restartIce"; error?: null; ok?: null; join?: null; transport?: null; restartIce: skylark.v1.RestartIceResponse.$Shape; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "produce"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce: skylark.v1.ProduceResponse.$Shape; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "consumer"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer: skylark.v1.ConsumerInfo.$Shape; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "produceData"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData: skylark.v1.ProduceDataResponse.$Shape; dataConsumer?: null; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "dataConsumer"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer: skylark.v1.DataConsumerInfo.$Shape; plainTransport?: null; resume?: null; redirect?: null }|{ result?: "plainTransport"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport: skylark.v1.PlainTransportInfo.$Shape; resume?: null; redirect?: null }|{ result?: "resume"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume: skylark.v1.ResumeResponse.$Shape; redirect?: null }|{ result?: "redirect"; error?: null; ok?: null; join?: null; transport?: null; restartIce?: null; produce?: null; consumer?: null; produceData?: null; dataConsumer?: null; plainTransport?: null; resume?: null; redirect: skylark.v1.JoinRedirect.$Shape })
            );
        }

        /**
         * Properties of a PeerJoined.
         * @deprecated Use skylark.v1.PeerJoined.$Properties instead.
         */
        interface IPeerJoined extends skylark.v1.PeerJoined.$Properties {
        }

        /** Represents a PeerJoined. */
        class PeerJoined {

            /**
             * Constructs a new PeerJoined.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.PeerJoined.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerJoined peer. */
            peer?: (skylark.v1.PeerInfo.$Properties|null);

            /**
             * Creates a new PeerJoined instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerJoined instance
             */
            static create(properties: skylark.v1.PeerJoined.$Shape): skylark.v1.PeerJoined & skylark.v1.PeerJoined.$Shape;
            static create(properties?: skylark.v1.PeerJoined.$Properties): skylark.v1.PeerJoined;

            /**
             * Encodes the specified PeerJoined message. Does not implicitly {@link skylark.v1.PeerJoined.verify|verify} messages.
             * @param message PeerJoined message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.PeerJoined.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerJoined message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.PeerJoined & skylark.v1.PeerJoined.$Shape} PeerJoined
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.PeerJoined & skylark.v1.PeerJoined.$Shape;
        }

        namespace PeerJoined {

            /** Properties of a PeerJoined. */
            interface $Properties {

                /** PeerJoined peer */
                peer?: (skylark.v1.PeerInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerJoined. */
            type $Shape = skylark.v1.PeerJoined.$Properties;
        }

        /**
         * Properties of a PeerLeft.
         * @deprecated Use skylark.v1.PeerLeft.$Properties instead.
         */
        interface IPeerLeft extends skylark.v1.PeerLeft.$Properties {
        }

        /** Represents a PeerLeft. */
        class PeerLeft {

            /**
             * Constructs a new PeerLeft.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.PeerLeft.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerLeft peerId. */
            peerId: string;

            /**
             * Creates a new PeerLeft instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerLeft instance
             */
            static create(properties: skylark.v1.PeerLeft.$Shape): skylark.v1.PeerLeft & skylark.v1.PeerLeft.$Shape;
            static create(properties?: skylark.v1.PeerLeft.$Properties): skylark.v1.PeerLeft;

            /**
             * Encodes the specified PeerLeft message. Does not implicitly {@link skylark.v1.PeerLeft.verify|verify} messages.
             * @param message PeerLeft message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.PeerLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerLeft message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.PeerLeft & skylark.v1.PeerLeft.$Shape} PeerLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.PeerLeft & skylark.v1.PeerLeft.$Shape;
        }

        namespace PeerLeft {

            /** Properties of a PeerLeft. */
            interface $Properties {

                /** PeerLeft peerId */
                peerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerLeft. */
            type $Shape = skylark.v1.PeerLeft.$Properties;
        }

        /**
         * Properties of a NewProducer.
         * @deprecated Use skylark.v1.NewProducer.$Properties instead.
         */
        interface INewProducer extends skylark.v1.NewProducer.$Properties {
        }

        /** Represents a NewProducer. */
        class NewProducer {

            /**
             * Constructs a new NewProducer.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.NewProducer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NewProducer peerId. */
            peerId: string;

            /** NewProducer producer. */
            producer?: (skylark.v1.ProducerInfo.$Properties|null);

            /**
             * Creates a new NewProducer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NewProducer instance
             */
            static create(properties: skylark.v1.NewProducer.$Shape): skylark.v1.NewProducer & skylark.v1.NewProducer.$Shape;
            static create(properties?: skylark.v1.NewProducer.$Properties): skylark.v1.NewProducer;

            /**
             * Encodes the specified NewProducer message. Does not implicitly {@link skylark.v1.NewProducer.verify|verify} messages.
             * @param message NewProducer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.NewProducer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NewProducer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.NewProducer & skylark.v1.NewProducer.$Shape} NewProducer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.NewProducer & skylark.v1.NewProducer.$Shape;
        }

        namespace NewProducer {

            /** Properties of a NewProducer. */
            interface $Properties {

                /** NewProducer peerId */
                peerId?: (string|null);

                /** NewProducer producer */
                producer?: (skylark.v1.ProducerInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NewProducer. */
            type $Shape = skylark.v1.NewProducer.$Properties;
        }

        /**
         * Properties of a ProducerEvent.
         * @deprecated Use skylark.v1.ProducerEvent.$Properties instead.
         */
        interface IProducerEvent extends skylark.v1.ProducerEvent.$Properties {
        }

        /** Represents a ProducerEvent. */
        class ProducerEvent {

            /**
             * Constructs a new ProducerEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ProducerEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProducerEvent peerId. */
            peerId: string;

            /** ProducerEvent producerId. */
            producerId: string;

            /**
             * Creates a new ProducerEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProducerEvent instance
             */
            static create(properties: skylark.v1.ProducerEvent.$Shape): skylark.v1.ProducerEvent & skylark.v1.ProducerEvent.$Shape;
            static create(properties?: skylark.v1.ProducerEvent.$Properties): skylark.v1.ProducerEvent;

            /**
             * Encodes the specified ProducerEvent message. Does not implicitly {@link skylark.v1.ProducerEvent.verify|verify} messages.
             * @param message ProducerEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ProducerEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProducerEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ProducerEvent & skylark.v1.ProducerEvent.$Shape} ProducerEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ProducerEvent & skylark.v1.ProducerEvent.$Shape;
        }

        namespace ProducerEvent {

            /** Properties of a ProducerEvent. */
            interface $Properties {

                /** ProducerEvent peerId */
                peerId?: (string|null);

                /** ProducerEvent producerId */
                producerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProducerEvent. */
            type $Shape = skylark.v1.ProducerEvent.$Properties;
        }

        /**
         * Properties of a ConsumerClosed.
         * @deprecated Use skylark.v1.ConsumerClosed.$Properties instead.
         */
        interface IConsumerClosed extends skylark.v1.ConsumerClosed.$Properties {
        }

        /** Represents a ConsumerClosed. */
        class ConsumerClosed {

            /**
             * Constructs a new ConsumerClosed.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConsumerClosed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerClosed consumerId. */
            consumerId: string;

            /** ConsumerClosed reason. */
            reason: string;

            /**
             * Creates a new ConsumerClosed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumerClosed instance
             */
            static create(properties: skylark.v1.ConsumerClosed.$Shape): skylark.v1.ConsumerClosed & skylark.v1.ConsumerClosed.$Shape;
            static create(properties?: skylark.v1.ConsumerClosed.$Properties): skylark.v1.ConsumerClosed;

            /**
             * Encodes the specified ConsumerClosed message. Does not implicitly {@link skylark.v1.ConsumerClosed.verify|verify} messages.
             * @param message ConsumerClosed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConsumerClosed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerClosed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerClosed & skylark.v1.ConsumerClosed.$Shape} ConsumerClosed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConsumerClosed & skylark.v1.ConsumerClosed.$Shape;
        }

        namespace ConsumerClosed {

            /** Properties of a ConsumerClosed. */
            interface $Properties {

                /** ConsumerClosed consumerId */
                consumerId?: (string|null);

                /** ConsumerClosed reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerClosed. */
            type $Shape = skylark.v1.ConsumerClosed.$Properties;
        }

        /**
         * Properties of a ConsumerLayersChanged.
         * @deprecated Use skylark.v1.ConsumerLayersChanged.$Properties instead.
         */
        interface IConsumerLayersChanged extends skylark.v1.ConsumerLayersChanged.$Properties {
        }

        /** Represents a ConsumerLayersChanged. */
        class ConsumerLayersChanged {

            /**
             * Constructs a new ConsumerLayersChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConsumerLayersChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerLayersChanged consumerId. */
            consumerId: string;

            /** ConsumerLayersChanged spatialLayer. */
            spatialLayer?: (number|null);

            /** ConsumerLayersChanged temporalLayer. */
            temporalLayer?: (number|null);

            /**
             * Creates a new ConsumerLayersChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumerLayersChanged instance
             */
            static create(properties: skylark.v1.ConsumerLayersChanged.$Shape): skylark.v1.ConsumerLayersChanged & skylark.v1.ConsumerLayersChanged.$Shape;
            static create(properties?: skylark.v1.ConsumerLayersChanged.$Properties): skylark.v1.ConsumerLayersChanged;

            /**
             * Encodes the specified ConsumerLayersChanged message. Does not implicitly {@link skylark.v1.ConsumerLayersChanged.verify|verify} messages.
             * @param message ConsumerLayersChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConsumerLayersChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerLayersChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerLayersChanged & skylark.v1.ConsumerLayersChanged.$Shape} ConsumerLayersChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConsumerLayersChanged & skylark.v1.ConsumerLayersChanged.$Shape;
        }

        namespace ConsumerLayersChanged {

            /** Properties of a ConsumerLayersChanged. */
            interface $Properties {

                /** ConsumerLayersChanged consumerId */
                consumerId?: (string|null);

                /** ConsumerLayersChanged spatialLayer */
                spatialLayer?: (number|null);

                /** ConsumerLayersChanged temporalLayer */
                temporalLayer?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerLayersChanged. */
            type $Shape = skylark.v1.ConsumerLayersChanged.$Properties;
        }

        /**
         * Properties of a ConsumerScore.
         * @deprecated Use skylark.v1.ConsumerScore.$Properties instead.
         */
        interface IConsumerScore extends skylark.v1.ConsumerScore.$Properties {
        }

        /** Represents a ConsumerScore. */
        class ConsumerScore {

            /**
             * Constructs a new ConsumerScore.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConsumerScore.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerScore consumerId. */
            consumerId: string;

            /** ConsumerScore score. */
            score: number;

            /** ConsumerScore producerScore. */
            producerScore: number;

            /**
             * Creates a new ConsumerScore instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsumerScore instance
             */
            static create(properties: skylark.v1.ConsumerScore.$Shape): skylark.v1.ConsumerScore & skylark.v1.ConsumerScore.$Shape;
            static create(properties?: skylark.v1.ConsumerScore.$Properties): skylark.v1.ConsumerScore;

            /**
             * Encodes the specified ConsumerScore message. Does not implicitly {@link skylark.v1.ConsumerScore.verify|verify} messages.
             * @param message ConsumerScore message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConsumerScore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerScore message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConsumerScore & skylark.v1.ConsumerScore.$Shape} ConsumerScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConsumerScore & skylark.v1.ConsumerScore.$Shape;
        }

        namespace ConsumerScore {

            /** Properties of a ConsumerScore. */
            interface $Properties {

                /** ConsumerScore consumerId */
                consumerId?: (string|null);

                /** ConsumerScore score */
                score?: (number|null);

                /** ConsumerScore producerScore */
                producerScore?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerScore. */
            type $Shape = skylark.v1.ConsumerScore.$Properties;
        }

        /**
         * Properties of an ActiveSpeaker.
         * @deprecated Use skylark.v1.ActiveSpeaker.$Properties instead.
         */
        interface IActiveSpeaker extends skylark.v1.ActiveSpeaker.$Properties {
        }

        /** Represents an ActiveSpeaker. */
        class ActiveSpeaker {

            /**
             * Constructs a new ActiveSpeaker.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ActiveSpeaker.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ActiveSpeaker peerId. */
            peerId: string;

            /** ActiveSpeaker producerId. */
            producerId: string;

            /**
             * Creates a new ActiveSpeaker instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ActiveSpeaker instance
             */
            static create(properties: skylark.v1.ActiveSpeaker.$Shape): skylark.v1.ActiveSpeaker & skylark.v1.ActiveSpeaker.$Shape;
            static create(properties?: skylark.v1.ActiveSpeaker.$Properties): skylark.v1.ActiveSpeaker;

            /**
             * Encodes the specified ActiveSpeaker message. Does not implicitly {@link skylark.v1.ActiveSpeaker.verify|verify} messages.
             * @param message ActiveSpeaker message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ActiveSpeaker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ActiveSpeaker message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ActiveSpeaker & skylark.v1.ActiveSpeaker.$Shape} ActiveSpeaker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ActiveSpeaker & skylark.v1.ActiveSpeaker.$Shape;
        }

        namespace ActiveSpeaker {

            /** Properties of an ActiveSpeaker. */
            interface $Properties {

                /** ActiveSpeaker peerId */
                peerId?: (string|null);

                /** ActiveSpeaker producerId */
                producerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ActiveSpeaker. */
            type $Shape = skylark.v1.ActiveSpeaker.$Properties;
        }

        /**
         * Properties of a RoomClosing.
         * @deprecated Use skylark.v1.RoomClosing.$Properties instead.
         */
        interface IRoomClosing extends skylark.v1.RoomClosing.$Properties {
        }

        /** Represents a RoomClosing. */
        class RoomClosing {

            /**
             * Constructs a new RoomClosing.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.RoomClosing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomClosing reason. */
            reason: string;

            /** RoomClosing rejoin. */
            rejoin: boolean;

            /**
             * Creates a new RoomClosing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomClosing instance
             */
            static create(properties: skylark.v1.RoomClosing.$Shape): skylark.v1.RoomClosing & skylark.v1.RoomClosing.$Shape;
            static create(properties?: skylark.v1.RoomClosing.$Properties): skylark.v1.RoomClosing;

            /**
             * Encodes the specified RoomClosing message. Does not implicitly {@link skylark.v1.RoomClosing.verify|verify} messages.
             * @param message RoomClosing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.RoomClosing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomClosing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.RoomClosing & skylark.v1.RoomClosing.$Shape} RoomClosing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.RoomClosing & skylark.v1.RoomClosing.$Shape;
        }

        namespace RoomClosing {

            /** Properties of a RoomClosing. */
            interface $Properties {

                /** RoomClosing reason */
                reason?: (string|null);

                /** RoomClosing rejoin */
                rejoin?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomClosing. */
            type $Shape = skylark.v1.RoomClosing.$Properties;
        }

        /**
         * Properties of a MediaReset.
         * @deprecated Use skylark.v1.MediaReset.$Properties instead.
         */
        interface IMediaReset extends skylark.v1.MediaReset.$Properties {
        }

        /** Represents a MediaReset. */
        class MediaReset {

            /**
             * Constructs a new MediaReset.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.MediaReset.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaReset reason. */
            reason: string;

            /**
             * Creates a new MediaReset instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaReset instance
             */
            static create(properties: skylark.v1.MediaReset.$Shape): skylark.v1.MediaReset & skylark.v1.MediaReset.$Shape;
            static create(properties?: skylark.v1.MediaReset.$Properties): skylark.v1.MediaReset;

            /**
             * Encodes the specified MediaReset message. Does not implicitly {@link skylark.v1.MediaReset.verify|verify} messages.
             * @param message MediaReset message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.MediaReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaReset message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.MediaReset & skylark.v1.MediaReset.$Shape} MediaReset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.MediaReset & skylark.v1.MediaReset.$Shape;
        }

        namespace MediaReset {

            /** Properties of a MediaReset. */
            interface $Properties {

                /** MediaReset reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaReset. */
            type $Shape = skylark.v1.MediaReset.$Properties;
        }

        /**
         * Properties of a PublisherLayers.
         * @deprecated Use skylark.v1.PublisherLayers.$Properties instead.
         */
        interface IPublisherLayers extends skylark.v1.PublisherLayers.$Properties {
        }

        /** Represents a PublisherLayers. */
        class PublisherLayers {

            /**
             * Constructs a new PublisherLayers.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.PublisherLayers.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublisherLayers producerId. */
            producerId: string;

            /** PublisherLayers maxSpatialLayer. */
            maxSpatialLayer: number;

            /**
             * Creates a new PublisherLayers instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublisherLayers instance
             */
            static create(properties: skylark.v1.PublisherLayers.$Shape): skylark.v1.PublisherLayers & skylark.v1.PublisherLayers.$Shape;
            static create(properties?: skylark.v1.PublisherLayers.$Properties): skylark.v1.PublisherLayers;

            /**
             * Encodes the specified PublisherLayers message. Does not implicitly {@link skylark.v1.PublisherLayers.verify|verify} messages.
             * @param message PublisherLayers message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.PublisherLayers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublisherLayers message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.PublisherLayers & skylark.v1.PublisherLayers.$Shape} PublisherLayers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.PublisherLayers & skylark.v1.PublisherLayers.$Shape;
        }

        namespace PublisherLayers {

            /** Properties of a PublisherLayers. */
            interface $Properties {

                /** PublisherLayers producerId */
                producerId?: (string|null);

                /** PublisherLayers maxSpatialLayer */
                maxSpatialLayer?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublisherLayers. */
            type $Shape = skylark.v1.PublisherLayers.$Properties;
        }

        /** Quality enum. */
        enum Quality {

            /** QUALITY_UNSPECIFIED value */
            QUALITY_UNSPECIFIED = 0,

            /** EXCELLENT value */
            EXCELLENT = 1,

            /** GOOD value */
            GOOD = 2,

            /** POOR value */
            POOR = 3,

            /** LOST value */
            LOST = 4
        }

        /**
         * Properties of a ConnectionQuality.
         * @deprecated Use skylark.v1.ConnectionQuality.$Properties instead.
         */
        interface IConnectionQuality extends skylark.v1.ConnectionQuality.$Properties {
        }

        /** Represents a ConnectionQuality. */
        class ConnectionQuality {

            /**
             * Constructs a new ConnectionQuality.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ConnectionQuality.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectionQuality peerId. */
            peerId: string;

            /** ConnectionQuality quality. */
            quality: skylark.v1.Quality;

            /** ConnectionQuality score. */
            score: number;

            /**
             * Creates a new ConnectionQuality instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectionQuality instance
             */
            static create(properties: skylark.v1.ConnectionQuality.$Shape): skylark.v1.ConnectionQuality & skylark.v1.ConnectionQuality.$Shape;
            static create(properties?: skylark.v1.ConnectionQuality.$Properties): skylark.v1.ConnectionQuality;

            /**
             * Encodes the specified ConnectionQuality message. Does not implicitly {@link skylark.v1.ConnectionQuality.verify|verify} messages.
             * @param message ConnectionQuality message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ConnectionQuality.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectionQuality message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ConnectionQuality & skylark.v1.ConnectionQuality.$Shape} ConnectionQuality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ConnectionQuality & skylark.v1.ConnectionQuality.$Shape;
        }

        namespace ConnectionQuality {

            /** Properties of a ConnectionQuality. */
            interface $Properties {

                /** ConnectionQuality peerId */
                peerId?: (string|null);

                /** ConnectionQuality quality */
                quality?: (skylark.v1.Quality|null);

                /** ConnectionQuality score */
                score?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectionQuality. */
            type $Shape = skylark.v1.ConnectionQuality.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use skylark.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends skylark.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome routerRtpCapabilities. */
            routerRtpCapabilities?: (skylark.v1.RtpCapabilities.$Properties|null);

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: skylark.v1.Welcome.$Shape): skylark.v1.Welcome & skylark.v1.Welcome.$Shape;
            static create(properties?: skylark.v1.Welcome.$Properties): skylark.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link skylark.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.Welcome & skylark.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.Welcome & skylark.v1.Welcome.$Shape;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome routerRtpCapabilities */
                routerRtpCapabilities?: (skylark.v1.RtpCapabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = {
              routerRtpCapabilities?: skylark.v1.RtpCapabilities.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ServerDraining.
         * @deprecated Use skylark.v1.ServerDraining.$Properties instead.
         */
        interface IServerDraining extends skylark.v1.ServerDraining.$Properties {
        }

        /** Represents a ServerDraining. */
        class ServerDraining {

            /**
             * Constructs a new ServerDraining.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ServerDraining.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerDraining deadlineMs. */
            deadlineMs: number;

            /** ServerDraining rejoin. */
            rejoin: boolean;

            /**
             * Creates a new ServerDraining instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerDraining instance
             */
            static create(properties: skylark.v1.ServerDraining.$Shape): skylark.v1.ServerDraining & skylark.v1.ServerDraining.$Shape;
            static create(properties?: skylark.v1.ServerDraining.$Properties): skylark.v1.ServerDraining;

            /**
             * Encodes the specified ServerDraining message. Does not implicitly {@link skylark.v1.ServerDraining.verify|verify} messages.
             * @param message ServerDraining message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ServerDraining.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerDraining message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ServerDraining & skylark.v1.ServerDraining.$Shape} ServerDraining
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ServerDraining & skylark.v1.ServerDraining.$Shape;
        }

        namespace ServerDraining {

            /** Properties of a ServerDraining. */
            interface $Properties {

                /** ServerDraining deadlineMs */
                deadlineMs?: (number|null);

                /** ServerDraining rejoin */
                rejoin?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerDraining. */
            type $Shape = skylark.v1.ServerDraining.$Properties;
        }

        /**
         * Properties of an IceServersUpdate.
         * @deprecated Use skylark.v1.IceServersUpdate.$Properties instead.
         */
        interface IIceServersUpdate extends skylark.v1.IceServersUpdate.$Properties {
        }

        /** Represents an IceServersUpdate. */
        class IceServersUpdate {

            /**
             * Constructs a new IceServersUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.IceServersUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IceServersUpdate iceServers. */
            iceServers: skylark.v1.IceServer.$Properties[];

            /**
             * Creates a new IceServersUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IceServersUpdate instance
             */
            static create(properties: skylark.v1.IceServersUpdate.$Shape): skylark.v1.IceServersUpdate & skylark.v1.IceServersUpdate.$Shape;
            static create(properties?: skylark.v1.IceServersUpdate.$Properties): skylark.v1.IceServersUpdate;

            /**
             * Encodes the specified IceServersUpdate message. Does not implicitly {@link skylark.v1.IceServersUpdate.verify|verify} messages.
             * @param message IceServersUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.IceServersUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IceServersUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.IceServersUpdate & skylark.v1.IceServersUpdate.$Shape} IceServersUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.IceServersUpdate & skylark.v1.IceServersUpdate.$Shape;
        }

        namespace IceServersUpdate {

            /** Properties of an IceServersUpdate. */
            interface $Properties {

                /** IceServersUpdate iceServers */
                iceServers?: (skylark.v1.IceServer.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IceServersUpdate. */
            type $Shape = skylark.v1.IceServersUpdate.$Properties;
        }

        /**
         * Properties of a NewDataProducer.
         * @deprecated Use skylark.v1.NewDataProducer.$Properties instead.
         */
        interface INewDataProducer extends skylark.v1.NewDataProducer.$Properties {
        }

        /** Represents a NewDataProducer. */
        class NewDataProducer {

            /**
             * Constructs a new NewDataProducer.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.NewDataProducer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NewDataProducer peerId. */
            peerId: string;

            /** NewDataProducer dataProducer. */
            dataProducer?: (skylark.v1.DataProducerInfo.$Properties|null);

            /**
             * Creates a new NewDataProducer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NewDataProducer instance
             */
            static create(properties: skylark.v1.NewDataProducer.$Shape): skylark.v1.NewDataProducer & skylark.v1.NewDataProducer.$Shape;
            static create(properties?: skylark.v1.NewDataProducer.$Properties): skylark.v1.NewDataProducer;

            /**
             * Encodes the specified NewDataProducer message. Does not implicitly {@link skylark.v1.NewDataProducer.verify|verify} messages.
             * @param message NewDataProducer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.NewDataProducer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NewDataProducer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.NewDataProducer & skylark.v1.NewDataProducer.$Shape} NewDataProducer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.NewDataProducer & skylark.v1.NewDataProducer.$Shape;
        }

        namespace NewDataProducer {

            /** Properties of a NewDataProducer. */
            interface $Properties {

                /** NewDataProducer peerId */
                peerId?: (string|null);

                /** NewDataProducer dataProducer */
                dataProducer?: (skylark.v1.DataProducerInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NewDataProducer. */
            type $Shape = skylark.v1.NewDataProducer.$Properties;
        }

        /**
         * Properties of a DataProducerClosed.
         * @deprecated Use skylark.v1.DataProducerClosed.$Properties instead.
         */
        interface IDataProducerClosed extends skylark.v1.DataProducerClosed.$Properties {
        }

        /** Represents a DataProducerClosed. */
        class DataProducerClosed {

            /**
             * Constructs a new DataProducerClosed.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.DataProducerClosed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataProducerClosed peerId. */
            peerId: string;

            /** DataProducerClosed dataProducerId. */
            dataProducerId: string;

            /**
             * Creates a new DataProducerClosed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataProducerClosed instance
             */
            static create(properties: skylark.v1.DataProducerClosed.$Shape): skylark.v1.DataProducerClosed & skylark.v1.DataProducerClosed.$Shape;
            static create(properties?: skylark.v1.DataProducerClosed.$Properties): skylark.v1.DataProducerClosed;

            /**
             * Encodes the specified DataProducerClosed message. Does not implicitly {@link skylark.v1.DataProducerClosed.verify|verify} messages.
             * @param message DataProducerClosed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.DataProducerClosed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataProducerClosed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.DataProducerClosed & skylark.v1.DataProducerClosed.$Shape} DataProducerClosed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.DataProducerClosed & skylark.v1.DataProducerClosed.$Shape;
        }

        namespace DataProducerClosed {

            /** Properties of a DataProducerClosed. */
            interface $Properties {

                /** DataProducerClosed peerId */
                peerId?: (string|null);

                /** DataProducerClosed dataProducerId */
                dataProducerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataProducerClosed. */
            type $Shape = skylark.v1.DataProducerClosed.$Properties;
        }

        /**
         * Properties of a Notification.
         * @deprecated Use skylark.v1.Notification.$Properties instead.
         */
        interface INotification extends skylark.v1.Notification.$Properties {
        }

        /** Represents a Notification. */
        class Notification {

            /**
             * Constructs a new Notification.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.Notification.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Notification seq. */
            seq: number;

            /** Notification peerJoined. */
            peerJoined?: (skylark.v1.PeerJoined.$Properties|null);

            /** Notification peerLeft. */
            peerLeft?: (skylark.v1.PeerLeft.$Properties|null);

            /** Notification newProducer. */
            newProducer?: (skylark.v1.NewProducer.$Properties|null);

            /** Notification producerClosed. */
            producerClosed?: (skylark.v1.ProducerEvent.$Properties|null);

            /** Notification producerPaused. */
            producerPaused?: (skylark.v1.ProducerEvent.$Properties|null);

            /** Notification producerResumed. */
            producerResumed?: (skylark.v1.ProducerEvent.$Properties|null);

            /** Notification consumerClosed. */
            consumerClosed?: (skylark.v1.ConsumerClosed.$Properties|null);

            /** Notification consumerLayersChanged. */
            consumerLayersChanged?: (skylark.v1.ConsumerLayersChanged.$Properties|null);

            /** Notification consumerScore. */
            consumerScore?: (skylark.v1.ConsumerScore.$Properties|null);

            /** Notification activeSpeaker. */
            activeSpeaker?: (skylark.v1.ActiveSpeaker.$Properties|null);

            /** Notification roomClosing. */
            roomClosing?: (skylark.v1.RoomClosing.$Properties|null);

            /** Notification newDataProducer. */
            newDataProducer?: (skylark.v1.NewDataProducer.$Properties|null);

            /** Notification dataProducerClosed. */
            dataProducerClosed?: (skylark.v1.DataProducerClosed.$Properties|null);

            /** Notification iceServersUpdate. */
            iceServersUpdate?: (skylark.v1.IceServersUpdate.$Properties|null);

            /** Notification mediaReset. */
            mediaReset?: (skylark.v1.MediaReset.$Properties|null);

            /** Notification serverDraining. */
            serverDraining?: (skylark.v1.ServerDraining.$Properties|null);

            /** Notification welcome. */
            welcome?: (skylark.v1.Welcome.$Properties|null);

            /** Notification publisherLayers. */
            publisherLayers?: (skylark.v1.PublisherLayers.$Properties|null);

            /** Notification connectionQuality. */
            connectionQuality?: (skylark.v1.ConnectionQuality.$Properties|null);

            /** Notification event. */
            event?: ("peerJoined"|"peerLeft"|"newProducer"|"producerClosed"|"producerPaused"|"producerResumed"|"consumerClosed"|"consumerLayersChanged"|"consumerScore"|"activeSpeaker"|"roomClosing"|"newDataProducer"|"dataProducerClosed"|"iceServersUpdate"|"mediaReset"|"serverDraining"|"welcome"|"publisherLayers"|"connectionQuality");

            /**
             * Creates a new Notification instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Notification instance
             */
            static create(properties: skylark.v1.Notification.$Shape): skylark.v1.Notification & skylark.v1.Notification.$Shape;
            static create(properties?: skylark.v1.Notification.$Properties): skylark.v1.Notification;

            /**
             * Encodes the specified Notification message. Does not implicitly {@link skylark.v1.Notification.verify|verify} messages.
             * @param message Notification message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.Notification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Notification message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.Notification & skylark.v1.Notification.$Shape} Notification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.Notification & skylark.v1.Notification.$Shape;
        }

        namespace Notification {

            /** Properties of a Notification. */
            interface $Properties {

                /** Notification seq */
                seq?: (number|null);

                /** Notification peerJoined */
                peerJoined?: (skylark.v1.PeerJoined.$Properties|null);

                /** Notification peerLeft */
                peerLeft?: (skylark.v1.PeerLeft.$Properties|null);

                /** Notification newProducer */
                newProducer?: (skylark.v1.NewProducer.$Properties|null);

                /** Notification producerClosed */
                producerClosed?: (skylark.v1.ProducerEvent.$Properties|null);

                /** Notification producerPaused */
                producerPaused?: (skylark.v1.ProducerEvent.$Properties|null);

                /** Notification producerResumed */
                producerResumed?: (skylark.v1.ProducerEvent.$Properties|null);

                /** Notification consumerClosed */
                consumerClosed?: (skylark.v1.ConsumerClosed.$Properties|null);

                /** Notification consumerLayersChanged */
                consumerLayersChanged?: (skylark.v1.ConsumerLayersChanged.$Properties|null);

                /** Notification consumerScore */
                consumerScore?: (skylark.v1.ConsumerScore.$Properties|null);

                /** Notification activeSpeaker */
                activeSpeaker?: (skylark.v1.ActiveSpeaker.$Properties|null);

                /** Notification roomClosing */
                roomClosing?: (skylark.v1.RoomClosing.$Properties|null);

                /** Notification newDataProducer */
                newDataProducer?: (skylark.v1.NewDataProducer.$Properties|null);

                /** Notification dataProducerClosed */
                dataProducerClosed?: (skylark.v1.DataProducerClosed.$Properties|null);

                /** Notification iceServersUpdate */
                iceServersUpdate?: (skylark.v1.IceServersUpdate.$Properties|null);

                /** Notification mediaReset */
                mediaReset?: (skylark.v1.MediaReset.$Properties|null);

                /** Notification serverDraining */
                serverDraining?: (skylark.v1.ServerDraining.$Properties|null);

                /** Notification welcome */
                welcome?: (skylark.v1.Welcome.$Properties|null);

                /** Notification publisherLayers */
                publisherLayers?: (skylark.v1.PublisherLayers.$Properties|null);

                /** Notification connectionQuality */
                connectionQuality?: (skylark.v1.ConnectionQuality.$Properties|null);

                /** Notification event */
                event?: ("peerJoined"|"peerLeft"|"newProducer"|"producerClosed"|"producerPaused"|"producerResumed"|"consumerClosed"|"consumerLayersChanged"|"consumerScore"|"activeSpeaker"|"roomClosing"|"newDataProducer"|"dataProducerClosed"|"iceServersUpdate"|"mediaReset"|"serverDraining"|"welcome"|"publisherLayers"|"connectionQuality");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Notification. */
            type $Shape = {
              seq?: number|null;
              peerJoined?: skylark.v1.PeerJoined.$Shape|null;
              peerLeft?: skylark.v1.PeerLeft.$Shape|null;
              newProducer?: skylark.v1.NewProducer.$Shape|null;
              producerClosed?: skylark.v1.ProducerEvent.$Shape|null;
              producerPaused?: skylark.v1.ProducerEvent.$Shape|null;
              producerResumed?: skylark.v1.ProducerEvent.$Shape|null;
              consumerClosed?: skylark.v1.ConsumerClosed.$Shape|null;
              consumerLayersChanged?: skylark.v1.ConsumerLayersChanged.$Shape|null;
              consumerScore?: skylark.v1.ConsumerScore.$Shape|null;
              activeSpeaker?: skylark.v1.ActiveSpeaker.$Shape|null;
              roomClosing?: skylark.v1.RoomClosing.$Shape|null;
              newDataProducer?: skylark.v1.NewDataProducer.$Shape|null;
              dataProducerClosed?: skylark.v1.DataProducerClosed.$Shape|null;
              iceServersUpdate?: skylark.v1.IceServersUpdate.$Shape|null;
              mediaReset?: skylark.v1.MediaReset.$Shape|null;
              serverDraining?: skylark.v1.ServerDraining.$Shape|null;
              welcome?: skylark.v1.Welcome.$Shape|null;
              publisherLayers?: skylark.v1.PublisherLayers.$Shape|null;
              connectionQuality?: skylark.v1.ConnectionQuality.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ event?: undefined; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "peerJoined"; peerJoined: skylark.v1.PeerJoined.$Shape; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "peerLeft"; peerJoined?: null; peerLeft: skylark.v1.PeerLeft.$Shape; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "newProducer"; peerJoined?: null; peerLeft?: null; newProducer: skylark.v1.NewProducer.$Shape; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "producerClosed"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed: skylark.v1.ProducerEvent.$Shape; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "producerPaused"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused: skylark.v1.ProducerEvent.$Shape; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "producerResumed"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed: skylark.v1.ProducerEvent.$Shape; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "consumerClosed"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed: skylark.v1.ConsumerClosed.$Shape; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "consumerLayersChanged"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged: skylark.v1.ConsumerLayersChanged.$Shape; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "consumerScore"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore: skylark.v1.ConsumerScore.$Shape; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "activeSpeaker"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker: skylark.v1.ActiveSpeaker.$Shape; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "roomClosing"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing: skylark.v1.RoomClosing.$Shape; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "newDataProducer"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer: skylark.v1.NewDataProducer.$Shape; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "dataProducerClosed"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed: skylark.v1.DataProducerClosed.$Shape; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "iceServersUpdate"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate: skylark.v1.IceServersUpdate.$Shape; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "mediaReset"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset: skylark.v1.MediaReset.$Shape; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "serverDraining"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining: skylark.v1.ServerDraining.$Shape; welcome?: null; publisherLayers?: null; connectionQuality?: null }|{ event?: "welcome"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome: skylark.v1.Welcome.$Shape; publisherLayers?: null; connectionQuality?: null }|{ event?: "publisherLayers"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers: skylark.v1.PublisherLayers.$Shape; connectionQuality?: null }|{ event?: "connectionQuality"; peerJoined?: null; peerLeft?: null; newProducer?: null; producerClosed?: null; producerPaused?: null; producerResumed?: null; consumerClosed?: null; consumerLayersChanged?: null; consumerScore?: null; activeSpeaker?: null; roomClosing?: null; newDataProducer?: null; dataProducerClosed?: null; iceServersUpdate?: null; mediaReset?: null; serverDraining?: null; welcome?: null; publisherLayers?: null; connectionQuality: skylark.v1.ConnectionQuality.$Shape })
            );
        }

        /**
         * Properties of a ServerMessage.
         * @deprecated Use skylark.v1.ServerMessage.$Properties instead.
         */
        interface IServerMessage extends skylark.v1.ServerMessage.$Properties {
        }

        /** Represents a ServerMessage. */
        class ServerMessage {

            /**
             * Constructs a new ServerMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: skylark.v1.ServerMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerMessage response. */
            response?: (skylark.v1.Response.$Properties|null);

            /** ServerMessage notification. */
            notification?: (skylark.v1.Notification.$Properties|null);

            /** ServerMessage kind. */
            kind?: ("response"|"notification");

            /**
             * Creates a new ServerMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerMessage instance
             */
            static create(properties: skylark.v1.ServerMessage.$Shape): skylark.v1.ServerMessage & skylark.v1.ServerMessage.$Shape;
            static create(properties?: skylark.v1.ServerMessage.$Properties): skylark.v1.ServerMessage;

            /**
             * Encodes the specified ServerMessage message. Does not implicitly {@link skylark.v1.ServerMessage.verify|verify} messages.
             * @param message ServerMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: skylark.v1.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {skylark.v1.ServerMessage & skylark.v1.ServerMessage.$Shape} ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skylark.v1.ServerMessage & skylark.v1.ServerMessage.$Shape;
        }

        namespace ServerMessage {

            /** Properties of a ServerMessage. */
            interface $Properties {

                /** ServerMessage response */
                response?: (skylark.v1.Response.$Properties|null);

                /** ServerMessage notification */
                notification?: (skylark.v1.Notification.$Properties|null);

                /** ServerMessage kind */
                kind?: ("response"|"notification");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerMessage. */
            type $Shape = {
              response?: skylark.v1.Response.$Shape|null;
              notification?: skylark.v1.Notification.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; response?: null; notification?: null }|{ kind?: "response"; response: skylark.v1.Response.$Shape; notification?: null }|{ kind?: "notification"; response?: null; notification: skylark.v1.Notification.$Shape })
            );
        }
    }
}
