import { gap as gapUntil, phrase } from './pattern';
import type { Lexicon } from './types';

/*
 * Japanese has no spaces, so no \b here: words are anchored by the particles around them
 * (が, を, は, に) and by their polite endings (されました, しないでください), which are what an
 * alert uses and news text mostly does not.
 */
const gap = (max: number) => gapUntil(max, '。！？!?');
/** "PC" must not be the start of "PCR" (a test for a virus, in the news). */
const DEVICE = String.raw`(?:コンピューター|コンピュータ|パソコン|PC(?![a-z])|Mac(?![a-z])|MacBook|iPhone|iPad|デバイス|端末|ブラウザー|ブラウザ|システム|Windows)`;
const MALWARE = String.raw`(?:トロイの木馬|トロイ|トロージャン|マルウェア|スパイウェア|アドウェア|ランサムウェア|キーロガー|ルートキット|ワーム|Zeus|Trojan)`;
const POLITE_DONE = String.raw`(?:されました|されています|されている可能性があります|しました|しています)`;
const NOT_UPDATE_BEFORE = String.raw`(?<!(?:更新|アップデート|インストール|アップグレード|BIOS)${gap(30)})`;
const BRAND = String.raw`(?:マイクロソフト|Microsoft(?!\s*Teams)|アップル|Apple(?!\s*(?:Watch|TV|Music|Pay|Store|ID))|Windows|ウィンドウズ|Mac(?![a-z]))`;
const SUPPORT = String.raw`(?:サポート|テクニカルサポート|技術サポート|ヘルプライン|ヘルプデスク|セキュリティ|技術者|カスタマーサービス|サポートセンター)`;
const CALL = String.raw`(?:電話|お電話|連絡|ご連絡|問い合わせ|問合せ|お問い合わせ|ダイヤル)`;
const DATA = String.raw`(?:パスワード|銀行口座|銀行(?:の)?(?:情報|詳細)|クレジットカード(?:情報)?|カード情報|写真|個人情報|ログイン情報|Facebook(?:の)?ログイン|メール(?:の)?パスワード|財務情報|認証情報|アカウント情報|ファイル)`;

/** An amount of money: "49,800円", "¥49,800", "$399.99". */
const AMOUNT = String.raw`(?:[¥￥$]\s?\d[\d,.]{0,12}|\d[\d,]{0,12}\s?円)`;
const PAID = String.raw`(?:ご購入|購入|お支払い|支払い|支払|ご請求|請求|取引|決済|ご注文|注文|引き落とし|課金)`;

export const LEXICON_JA: Lexicon = {
  lang: 'ja',
  scare: [
    {
      id: 'infection',
      strength: 'strong',
      pattern: phrase(
        String.raw`${MALWARE}${gap(20)}(?:検出|発見|検知|感染)`,
        String.raw`${DEVICE}${gap(20)}(?:ウイルス|ウィルス|脅威)${gap(15)}(?:検出|発見|検知|感染)`,
        String.raw`${DEVICE}${gap(20)}感染(?:しています|しました|している可能性|されています|されました)`,
        // The polite past is how an alert speaks; a lab result or the news names its sample.
        String.raw`(?<!(?:検査|下水|患者|感染者|検体|サンプル|から)${gap(15)})(?:ウイルス|ウィルス|脅威)(?:が|を)?(?:\d+(?:個|件)(?:の)?)?(?:検出|検知)されました`,
      ),
    },
    {
      id: 'device-locked',
      strength: 'strong',
      pattern: phrase(
        String.raw`${DEVICE}${gap(20)}(?:ブロック|ロック|凍結|無効化|停止)${POLITE_DONE}(?![^。\n]{0,8}(?:場合|とき|時))`,
        String.raw`(?:コンピューター|コンピュータ|パソコン|PC(?![a-z])|ブラウザ)(?:が|は)?(?:ブロック|ロック)されました`,
      ),
    },
    {
      id: 'do-not-restart',
      strength: 'strong',
      pattern: phrase(
        String.raw`(?:再起動|シャットダウン|リセット)(?:を)?(?:しないでください|しないで下さい|しないこと|してはいけません)${NOT_UPDATE_BEFORE}`,
        String.raw`(?:電源を切らないでください|電源を切らないで下さい|電源を切ってはいけません)${NOT_UPDATE_BEFORE}`,
        String.raw`(?:警告|アラート|メッセージ|通知)を無視しないで`,
        String.raw`(?:ページ|ウィンドウ|ブラウザ|画面)を閉じ(?:ると|た場合|ないでください)${gap(40)}(?:危険|リスク|失われ|停止|ブロック|漏洩|盗|再起動|電話)`,
      ),
    },
    {
      id: 'call-support',
      strength: 'strong',
      pattern: phrase(
        String.raw`${BRAND}${gap(10)}${SUPPORT}${gap(20)}${CALL}`,
        String.raw`(?:テクニカルサポート|技術サポート|認定技術者|セキュリティセンター)${gap(15)}(?:に|へ|まで)${CALL}`,
        String.raw`${CALL}${gap(10)}(?:マイクロソフト|Microsoft|アップル|Apple)(?:の)?(?:サポート|技術者|テクニカル)`,
      ),
    },
    {
      id: 'data-at-risk',
      strength: 'strong',
      pattern: phrase(
        String.raw`(?:あなたの|お客様の|お使いの)${gap(15)}${DATA}${gap(30)}(?:危険にさらされ|盗まれ|漏洩|流出|盗難|リスクにさらされ|危険な状態|盗み取られ|抜き取られ|盗もうと)`,
        String.raw`${DATA}${gap(30)}(?:危険にさらされています|盗まれています|盗まれる可能性があります|盗まれる恐れがあります|盗まれる危険があります)`,
        String.raw`${DATA}(?:を|が)(?:盗む|盗み出す|盗もうとしています)`,
      ),
    },
    {
      // Refund and renewal lures: a payment the person did not make, and a number to call to undo it.
      id: 'billing-lure',
      strength: 'strong',
      pattern: phrase(
        String.raw`(?:不正な|不審な|身に覚えのない|心当たりのない|承認されていない)${PAID}${gap(30)}(?:(?:が|を)?(?:検出|検知|確認)され(?:ました|ています)|(?:が)?(?:行われ|発生し)(?:ました|ています)|${AMOUNT})`,
        String.raw`${AMOUNT}の(?:不正な|不審な|身に覚えのない)${PAID}`,
        // The honest "身に覚えのない請求がある場合" names no particular charge; a lure points at this one.
        String.raw`(?:この|こちらの|上記の|今回の)${PAID}(?:に|を|は)?${gap(8)}(?:心当たり|身に覚え|覚え)(?:が|の)?(?:ない|ありません|ございません)`,
        String.raw`(?:この|こちらの|上記の|今回の)${PAID}を(?:承認|許可)(?:して|されて)いない`,
        String.raw`(?:${PAID}|サブスクリプション|自動更新|更新)(?:を|の)(?:キャンセル|取り消|取消|停止|中止|解約)(?:する|し|す)(?:には|ため)${gap(40)}(?:電話|お電話|ダイヤル)`,
        String.raw`(?:電話|お電話)${gap(30)}${PAID}(?:を|の)(?:キャンセル|取り消|取消|停止|中止)`,
        String.raw`(?:サブスクリプション|定期購読|年間プラン|プラン|メンバーシップ|ライセンス|ご契約|契約|会員)${gap(20)}自動(?:的に)?更新(?:され|しま)${gap(40)}${AMOUNT}`,
        String.raw`${AMOUNT}(?:で|にて)${gap(10)}自動(?:的に)?更新されました`,
        String.raw`(?:お電話|ご連絡|電話)(?:が|を)?(?:ない|いただけない|いただけなかった|なかった)場合${gap(60)}(?:請求|引き落と|課金|更新|決済)`,
      ),
    },
    {
      id: 'access-suspended',
      strength: 'strong',
      pattern: phrase(
        String.raw`(?:アクセス|ライセンス|アカウント|プロダクトキー|登録|IPアドレス|Apple\s?ID)${gap(20)}(?:セキュリティ上の理由|不審な|違法な)${gap(20)}(?:ブロック|停止|無効|ロック|凍結)`,
        String.raw`セキュリティ上の理由${gap(25)}(?:アクセス|ライセンス|アカウント)${gap(15)}(?:ブロック|停止|無効|ロック|凍結)`,
        String.raw`(?:Windows|ウィンドウズ|Microsoft|マイクロソフト|macOS|Apple)(?:の)?\s?(?:ライセンス|登録|プロダクトキー|アカウント)${gap(15)}(?:停止|ブロック|無効|取り消|失効)`,
        String.raw`(?:この|お使いの)${DEVICE}(?:への|に対する)アクセス${gap(15)}(?:ブロック|停止|無効|制限)`,
      ),
    },
    {
      id: 'pirated-software',
      strength: 'strong',
      pattern: phrase(
        String.raw`(?:Windows|ウィンドウズ|macOS|Microsoft|マイクロソフト)(?:の)?(?:違法|不正|海賊版|非正規)(?:な)?(?:コピー|ライセンス|版|ソフトウェア)`,
        String.raw`(?:違法|不正|海賊版|非正規|偽造)(?:な|の)?(?:コピー|ライセンス|ソフトウェア)?(?:の|版の)?(?:Windows|ウィンドウズ|macOS)`,
        String.raw`(?:違法|不正|海賊版)(?:な)?(?:コピー|ソフトウェア)(?:が|を)(?:検出|発見)`,
      ),
    },
    {
      id: 'hacking-attempt',
      strength: 'strong',
      pattern: phrase(
        String.raw`(?:お使いの|あなたの|この)${DEVICE}${gap(25)}(?:ハッキング|不正アクセス|侵入|不審なアクティビティ|不審なアクセス|疑わしいアクティビティ)`,
        String.raw`(?:ハッキング|不正アクセス|侵入|不審なアクティビティ|疑わしいアクティビティ)${gap(25)}(?:お使いの|あなたの|この)${DEVICE}`,
        String.raw`(?:ハッキング|不正アクセス|侵入)の(?:試み|未遂)${gap(10)}(?:検出|検知|ブロック)`,
        String.raw`(?:${DEVICE}|ウェブカメラ|カメラ)(?:が|は)(?:ハッキングされ|乗っ取られ|遠隔操作され)`,
        String.raw`ハッカーが${gap(10)}(?:あなた|お使い|お客様)${gap(25)}(?:うとしています|試みています)`,
      ),
    },
    {
      id: 'error-code',
      strength: 'weak',
      pattern: phrase(
        String.raw`(?:エラー(?:コード)?|コード|Code|Error|Err|Er)\s*[#:：.-]?\s*0x[0-9a-f]{3,8}(?![0-9a-z])`,
        String.raw`#\s?0x[0-9a-f]{3,8}(?![0-9a-z])`,
        String.raw`(?:エラー(?:コード)?|Error)\s*(?:#|番号|[:：])\s*[:：]?\s*(?=[a-z]{0,11}\d)[a-z0-9]{5,12}(?![0-9a-z])`,
      ),
    },
    {
      id: 'security-alert',
      strength: 'weak',
      pattern: phrase(
        String.raw`(?:セキュリティ|ファイアウォール|ウイルス|ウィルス|Windows\s?Defender|ディフェンダー)(?:の)?\s?(?:警告|アラート|警報)`,
        String.raw`(?:Windows|Microsoft|Apple|マイクロソフト|アップル)\s?(?:Defender\s?)?セキュリティ\s?センター`,
        String.raw`(?:Windows|Apple)\s?Security\s?(?:Center|Alert)`,
      ),
    },
  ],
  callToAction: phrase(String.raw`電話|ダイヤル|サポート`),
  discussion: phrase(
    String.raw`詐欺|偽(?:の|警告|サイト|画面|サポート|物)|フィッシング|騙さ|だまさ|注意喚起|悪質|電話しないで|電話をかけないで|本物(?:か|ですか)|消費生活センター|国民生活センター`,
  ),
  // No word boundaries: Japanese writes no spaces.
  framing: phrase(String.raw`もし|場合|という|と表示`),
  scamWords: phrase(String.raw`詐欺`),
  nameEndings: [],
};
